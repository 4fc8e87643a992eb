using EGov.Disclosure.Contracts;
using EGov.Disclosure.Letters.Templates;
using EGov.Platform.Modules;
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
        services.AddScoped<TemplateAgencies>();
        services.AddScoped<TemplateQueries>();
        services.AddScoped<SaveTemplateHandler>();
        services.AddScoped<PreviewTemplateHandler>();
        services.AddSingleton(new NavigationItem(Shell.Office, "告知书模板", "/office/disclosure/templates", DisclosurePermissions.Manage, 57));
        return services;
    }

    public static IEndpointRouteBuilder MapDisclosureLetters(this IEndpointRouteBuilder endpoints)
    {
        TemplateEndpoints.Map(endpoints);
        return endpoints;
    }
}
