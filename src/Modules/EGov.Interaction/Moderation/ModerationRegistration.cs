using EGov.Interaction.Contracts;
using EGov.Interaction.Moderation.Words;
using EGov.Platform.Hosting;
using EGov.Platform.Modules;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Interaction.Moderation;

/// <summary>Sensitive words: the filter, the word list and the review queue of held messages.</summary>
internal static class ModerationRegistration
{
    public static IServiceCollection AddModeration(this IServiceCollection services)
    {
        services.AddScoped<SensitiveWordFilter>();
        services.AddScoped<SensitiveWordList>();
        services.AddSingleton<IDemoSeeder, SensitiveWordDemoSeeder>();
        services.AddSingleton(new NavigationItem(Shell.Office, "敏感词", ModerationUrls.Words, InteractionPermissions.Manage, 79));
        return services;
    }

    public static IEndpointRouteBuilder MapModeration(this IEndpointRouteBuilder endpoints) => endpoints.MapSensitiveWordsApi();
}
