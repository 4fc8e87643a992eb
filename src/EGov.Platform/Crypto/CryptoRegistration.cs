using Microsoft.Extensions.DependencyInjection;

namespace EGov.Platform.Crypto;

internal static class CryptoRegistration
{
    public static IServiceCollection AddCrypto(this IServiceCollection services) => services;
}
