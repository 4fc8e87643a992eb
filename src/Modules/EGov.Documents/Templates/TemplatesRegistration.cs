using EGov.Documents.Contracts;
using EGov.Documents.Templates.Demo;
using EGov.Platform.Hosting;
using EGov.Platform.Modules;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Documents.Templates;

/// <summary>公文模板 per agency: the manager's pages and API, the drafter's choice, the demo templates.</summary>
internal static class TemplatesRegistration
{
    public static IServiceCollection AddDocumentTemplates(this IServiceCollection services)
    {
        services.AddSingleton<IDemoSeeder, TemplateDemoSeeder>();
        services.AddScoped<TemplateQueries>();
        services.AddScoped<TemplateHandler>();
        services.AddSingleton(new NavigationItem(Shell.Office, "公文模板", "/office/documents/templates", DocumentsPermissions.Templates, 61));
        return services;
    }

    public static IEndpointRouteBuilder MapDocumentTemplates(this IEndpointRouteBuilder endpoints) => endpoints.MapTemplatesApi();
}
