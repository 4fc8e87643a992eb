using EGov.Documents.Layout;
using EGov.Platform.Modules;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Documents;

/// <summary>公文: official documents drafted, signed off, numbered, sealed and exchanged; receipt handling</summary>
public static class DocumentsModule
{
    public static readonly ModuleDescriptor Descriptor = new("documents", "公文", "official documents drafted, signed off, numbered, sealed and exchanged; receipt handling");

    public static IServiceCollection AddDocuments(this IServiceCollection services)
        => services.AddModuleParts(Descriptor).AddModelFrom<ModuleMarker>()
            .AddDocumentLayout();

    public static IEndpointRouteBuilder MapDocuments(this IEndpointRouteBuilder endpoints) => endpoints;

    private sealed class ModuleMarker;
}
