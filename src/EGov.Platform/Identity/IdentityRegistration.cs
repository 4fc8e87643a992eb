using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Platform.Identity;

internal static class IdentityRegistration
{
    public static IServiceCollection AddIdentityStore(this IServiceCollection services, IConfiguration configuration) => services;

    public static IEndpointRouteBuilder MapIdentityApi(this IEndpointRouteBuilder endpoints) => endpoints;
}
