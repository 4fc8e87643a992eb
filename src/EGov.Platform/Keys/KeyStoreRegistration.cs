using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace EGov.Platform.Keys;

internal static class KeyStoreRegistration
{
    public static IServiceCollection AddKeyStore(this IServiceCollection services, IConfiguration configuration, IHostEnvironment environment) => services;
}
