using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Disclosure.Letters;

internal static class LettersRegistration
{
    public static IServiceCollection AddDisclosureLetters(this IServiceCollection services)
    {
        services.AddScoped<LetterFactsReader>();
        services.AddScoped<LetterTemplateSource>();
        services.AddScoped<IDisclosureLetters, DisclosureLetters>();
        return services;
    }

    public static IEndpointRouteBuilder MapDisclosureLetters(this IEndpointRouteBuilder endpoints) => endpoints;
}
