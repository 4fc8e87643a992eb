using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Interaction.Letters.Publication;

/// <summary>Published letters, their search documents, public statistics and the health report's 互动回应差 indicator.</summary>
internal static class LetterPublicationRegistration
{
    public static IServiceCollection AddLetterPublication(this IServiceCollection services) => services;

    public static IEndpointRouteBuilder MapLetterPublication(this IEndpointRouteBuilder endpoints) => endpoints;
}
