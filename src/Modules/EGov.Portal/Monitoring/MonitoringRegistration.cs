using EGov.Platform.Modules;
using EGov.Portal.Contracts;
using EGov.Portal.Monitoring.Health;
using EGov.Portal.Monitoring.Sites;
using EGov.Portal.Monitoring.Statistics;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Portal.Monitoring;

/// <summary>网站健康与统计: inspection indicators, page-view statistics.</summary>
internal static class MonitoringRegistration
{
    public static IServiceCollection AddMonitoring(this IServiceCollection services)
    {
        services.AddOptions<PortalHealthOptions>().BindConfiguration(PortalHealthOptions.Section)
            .Validate(o => o.IsValid(), "Portal:Health 的周期和阈值必须为正数。").ValidateOnStart();
        services.AddOptions<PageViewOptions>().BindConfiguration(PageViewOptions.Section);

        services.AddScoped<MonitoredSites>();
        services.AddScoped<LinkChecker>();
        services.AddScoped<AttachmentChecker>();
        services.AddScoped<SiteHealthCheck>();
        services.AddScoped<HealthReportHandler>();
        services.AddScoped<StatisticsHandler>();

        services.AddSingleton<PageViewCounter>();
        services.AddSingleton<PageViewFlusher>();
        services.AddHostedService<PageViewFlushService>();
        // First of all start-up filters: the counter must wrap the output cache, whoever registers that.
        services.Insert(0, ServiceDescriptor.Transient<IStartupFilter, PageViewStartupFilter>());

        services.AddSingleton(new NavigationItem(Shell.Office, "网站健康检查", "/office/portal/health", PortalPermissions.Monitor, 610));
        services.AddSingleton(new NavigationItem(Shell.Office, "访问统计", "/office/portal/statistics", PortalPermissions.Monitor, 620));
        return services;
    }

    public static IEndpointRouteBuilder MapMonitoring(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapMonitoringApi();
        return endpoints;
    }
}
