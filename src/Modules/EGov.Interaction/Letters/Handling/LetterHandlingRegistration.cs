using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Interaction.Letters.Handling;

/// <summary>信件办理: dispatch, routing rules, sign-for, return, extension, replies with templates and review, notes, merge, publication.</summary>
internal static class LetterHandlingRegistration
{
    public static IServiceCollection AddLetterHandling(this IServiceCollection services) => services;

    public static IEndpointRouteBuilder MapLetterHandling(this IEndpointRouteBuilder endpoints) => endpoints;
}
