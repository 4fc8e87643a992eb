using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Oversight.Cards;

internal static class CardsRegistration
{
    public static IServiceCollection AddOversightCards(this IServiceCollection services) => services;

    public static IEndpointRouteBuilder MapOversightCards(this IEndpointRouteBuilder endpoints) => endpoints;
}
