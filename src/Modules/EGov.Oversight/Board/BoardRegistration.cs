using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Oversight.Board;

internal static class BoardRegistration
{
    public static IServiceCollection AddOversightBoard(this IServiceCollection services) => services;

    public static IEndpointRouteBuilder MapOversightBoard(this IEndpointRouteBuilder endpoints) => endpoints;
}
