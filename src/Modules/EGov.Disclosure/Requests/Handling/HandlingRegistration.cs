using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Disclosure.Requests.Handling;

internal static class HandlingRegistration
{
    public static IServiceCollection AddRequestHandling(this IServiceCollection services) => services;

    public static IEndpointRouteBuilder MapRequestHandling(this IEndpointRouteBuilder endpoints) => endpoints;
}
