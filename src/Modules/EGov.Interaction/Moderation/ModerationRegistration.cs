using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Interaction.Moderation;

/// <summary>Sensitive words: the filter, the word list and the review queue of held messages.</summary>
internal static class ModerationRegistration
{
    public static IServiceCollection AddModeration(this IServiceCollection services) => services.AddScoped<SensitiveWordFilter>();

    public static IEndpointRouteBuilder MapModeration(this IEndpointRouteBuilder endpoints) => endpoints;
}
