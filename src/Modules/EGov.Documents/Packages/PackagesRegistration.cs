using EGov.Documents.Contracts;
using EGov.Platform.Modules;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Documents.Packages;

internal static class PackagesRegistration
{
    public static IServiceCollection AddDocumentPackages(this IServiceCollection services)
    {
        services.AddOptions<ExchangeOptions>().BindConfiguration(ExchangeOptions.Section);
        services.AddScoped<ExchangeIdentity>();
        services.AddScoped<ExternalAgencyRegistry>();
        services.AddScoped<ExportPackageHandler>();
        services.AddScoped<ImportPackageHandler>();
        services.AddScoped<ExchangeLogQuery>();
        services.AddSingleton(new NavigationItem(Shell.Office, "公文交换（跨网）", "/office/documents/exchange", DocumentsPermissions.Exchange, 46));
        return services;
    }

    public static IEndpointRouteBuilder MapDocumentPackages(this IEndpointRouteBuilder endpoints) => endpoints.MapExchangeApi();
}
