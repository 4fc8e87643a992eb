using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Approvals.Applications.Handling;

internal static class HandlingRegistration
{
    public static IServiceCollection AddApplicationHandling(this IServiceCollection services) => services;

    public static IEndpointRouteBuilder MapApplicationHandling(this IEndpointRouteBuilder endpoints) => endpoints;
}
