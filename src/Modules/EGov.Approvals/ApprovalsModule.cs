using EGov.Platform.Modules;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Approvals;

/// <summary>政务服务与行政审批: service-item catalog, online application, acceptance, progress query, result publication, ratings, electronic licences</summary>
public static class ApprovalsModule
{
    public static readonly ModuleDescriptor Descriptor = new("approvals", "政务服务与行政审批", "service-item catalog, online application, acceptance, progress query, result publication, ratings, electronic licences");

    public static IServiceCollection AddApprovals(this IServiceCollection services)
        => services.AddModuleParts(Descriptor).AddModelFrom<ModuleMarker>();

    public static IEndpointRouteBuilder MapApprovals(this IEndpointRouteBuilder endpoints) => endpoints;

    private sealed class ModuleMarker;
}
