using EGov.Approvals.Applications;
using EGov.Approvals.Applications.Handling;
using EGov.Approvals.Applications.Intake;
using EGov.Approvals.Catalog;
using EGov.Approvals.Demo;
using EGov.Approvals.Licences;
using EGov.Approvals.Oversight;
using EGov.Approvals.Ratings;
using EGov.Oversight.Contracts;
using EGov.Platform.Hosting;
using EGov.Platform.Identity.Permissions;
using EGov.Platform.Modules;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Approvals;

/// <summary>政务服务与行政审批: service-item catalog, online application, acceptance, progress query, result publication, ratings, electronic licences</summary>
public static class ApprovalsModule
{
    public static readonly ModuleDescriptor Descriptor = new("approvals", "政务服务与行政审批", "service-item catalog, online application, acceptance, progress query, result publication, ratings, electronic licences");

    public static IServiceCollection AddApprovals(this IServiceCollection services)
    {
        services.AddOptions<ApprovalsOptions>().BindConfiguration(ApprovalsOptions.Section);
        services.AddScoped<ApplicationAccess>();
        services.AddScoped<ApplicationJournal>();
        services.AddSingleton<IDemoSeeder, ApprovalsDemoRoles>();
        services.AddScoped<IRatingSource, ApprovalsRatingSource>();
        services.AddSingleton(new NavigationItem(Shell.Portal, "办事服务", "/services", null, 15));
        return services.AddModuleParts(Descriptor)
            .AddModelFrom<ModuleMarker>()
            .AddPermissions(ApprovalsPermissionDefinitions.All)
            .AddApprovalsClockTypes()
            .AddApprovalsCatalog()
            .AddApplicationIntake()
            .AddApplicationHandling()
            .AddLicences()
            .AddRatings()
            .AddApprovalsOversight();
    }

    public static IEndpointRouteBuilder MapApprovals(this IEndpointRouteBuilder endpoints)
        => endpoints.MapApprovalsCatalog()
            .MapApplicationIntake()
            .MapApplicationHandling()
            .MapLicences()
            .MapRatings();

    private sealed class ModuleMarker;
}
