using EGov.Documents.Incoming;
using EGov.Documents.Layout;
using EGov.Documents.Outgoing;
using EGov.Documents.Packages;
using EGov.Documents.Packages.Demo;
using EGov.Documents.Statistics;
using EGov.Documents.Templates;
using EGov.Documents.Verification;
using EGov.Platform.Hosting;
using EGov.Platform.Identity.Permissions;
using EGov.Platform.Modules;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Documents;

/// <summary>公文: official documents drafted, signed off, numbered, sealed and exchanged; receipt handling</summary>
public static class DocumentsModule
{
    public static readonly ModuleDescriptor Descriptor = new("documents", "公文", "official documents drafted, signed off, numbered, sealed and exchanged; receipt handling");

    public static IServiceCollection AddDocuments(this IServiceCollection services)
    {
        services.AddSingleton<IDemoSeeder, ExchangeDemoRoles>();
        return services.AddModuleParts(Descriptor).AddModelFrom<ModuleMarker>()
            .AddPermissions(DocumentsPermissionDefinitions.All)
            .AddPermissions(ExchangePermissionDefinitions.All)
            .AddDocumentLayout()
            .AddDocumentTemplates()
            .AddOutgoing()
            .AddIncoming()
            .AddDocumentPackages()
            .AddDocumentStatistics()
            .AddDocumentVerification();
    }

    public static IEndpointRouteBuilder MapDocuments(this IEndpointRouteBuilder endpoints)
        => endpoints
            .MapDocumentTemplates()
            .MapOutgoing()
            .MapIncoming()
            .MapDocumentPackages()
            .MapDocumentStatistics()
            .MapDocumentVerification();

    private sealed class ModuleMarker;
}
