using EGov.Oversight.Cards.Api;
using EGov.Oversight.Cards.Handling;
using EGov.Oversight.Cards.Reading;
using EGov.Oversight.Contracts;
using EGov.Platform.Modules;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Oversight.Cards;

/// <summary>黄牌红牌: the list and card pages, the department's answer, the supervisor's urge and decision, the cards API.</summary>
internal static class CardsRegistration
{
    public static IServiceCollection AddOversightCards(this IServiceCollection services)
    {
        services.AddScoped<CardDesk>();
        services.AddScoped<CardScope>();
        services.AddScoped<CardNaming>();
        services.AddScoped<CardFilterParser>();
        services.AddScoped<CardQueries>();
        services.AddScoped<CardUnit>();
        services.AddScoped<CardInbox>();
        services.AddScoped<AnswerCardHandler>();
        services.AddScoped<UrgeCardHandler>();
        services.AddScoped<DecideCardHandler>();
        services.AddSingleton(new NavigationItem(Shell.Office, "监察整改", "/office/oversight/cards", OversightPermissions.Answer, 82));
        return services;
    }

    public static IEndpointRouteBuilder MapOversightCards(this IEndpointRouteBuilder endpoints) => endpoints.MapCardsApi();
}
