using EGov.Interaction.Contracts;
using EGov.Interaction.Letters.Publication.Statistics;
using EGov.Platform.Modules;
using EGov.Portal.Contracts.Health;
using EGov.Portal.Contracts.Search;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Interaction.Letters.Publication;

/// <summary>Published letters, their search documents, public statistics and the health report's 互动回应差 indicator.</summary>
internal static class LetterPublicationRegistration
{
    public static IServiceCollection AddLetterPublication(this IServiceCollection services)
    {
        services.AddScoped<PublishedLetters>();
        services.AddScoped<InteractionHome>();
        services.AddScoped<LetterStatisticsRows>();
        services.AddScoped<LetterStatisticsHandler>();
        services.AddScoped<ISearchSource, LetterSearchSource>();
        services.AddScoped<IHealthIndicatorSource, UnansweredLettersIndicator>();
        services.AddSingleton(new NavigationItem(Shell.Office, "互动交流统计", "/office/interaction/statistics", InteractionPermissions.View, 79));
        return services;
    }

    public static IEndpointRouteBuilder MapLetterPublication(this IEndpointRouteBuilder endpoints) => endpoints.MapLetterPublicationApi();
}
