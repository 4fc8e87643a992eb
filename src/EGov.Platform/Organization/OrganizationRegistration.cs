using EGov.Platform.Hosting;
using EGov.Platform.Identity;
using EGov.Platform.Modules;
using EGov.Platform.Organization.Demo;
using EGov.Platform.Organization.Departments;
using EGov.Platform.Organization.Positions;
using EGov.Platform.Organization.Scope;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Platform.Organization;

internal static class OrganizationRegistration
{
    public static IServiceCollection AddOrganization(this IServiceCollection services)
    {
        services.AddHttpContextAccessor();
        services.AddScoped<IDepartmentScope, DepartmentScope>();
        services.AddScoped<IOrganizationDirectory, OrganizationDirectory>();
        services.AddScoped<PositionLookup>();
        services.AddScoped<PositionsHandler>();
        services.AddScoped<SaveDepartmentHandler>();
        services.AddSingleton<IDemoSeeder, OrganizationDemoSeeder>();
        services.AddSingleton(new NavigationItem(Shell.Admin, "组织机构", "/admin/departments", PlatformPermissions.DepartmentsManage, 20));
        return services;
    }
}
