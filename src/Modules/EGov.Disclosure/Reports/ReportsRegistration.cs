using EGov.Disclosure.Contracts;
using EGov.Disclosure.Reports.Api;
using EGov.Disclosure.Reports.Computation;
using EGov.Disclosure.Reports.Demo;
using EGov.Disclosure.Reports.Export;
using EGov.Disclosure.Reports.Handling;
using EGov.Disclosure.Reports.Statistics;
using EGov.Platform.Hosting;
using EGov.Platform.Modules;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Disclosure.Reports;

/// <summary>政府信息公开工作年度报告 (条例 第四十九条、第五十条) and the staff statistics.</summary>
internal static class ReportsRegistration
{
    public static IServiceCollection AddDisclosureReports(this IServiceCollection services)
    {
        services.AddScoped<ReportCalculator>();
        services.AddScoped<ReportScope>();
        services.AddScoped<ReportQueries>();
        services.AddScoped<EditReportHandler>();
        services.AddScoped<PublishReportHandler>();
        services.AddScoped<ReplyDurations>();
        services.AddScoped<ReportPdf>();
        services.AddScoped<StatisticsHandler>();
        services.AddSingleton<IDemoSeeder, DemoYearSeeder>();
        services.AddSingleton(new NavigationItem(Shell.Office, "公开年报", "/office/disclosure/annual-reports", DisclosurePermissions.View, 55));
        services.AddSingleton(new NavigationItem(Shell.Office, "公开统计", "/office/disclosure/statistics", DisclosurePermissions.View, 56));
        return services;
    }

    public static IEndpointRouteBuilder MapDisclosureReports(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapReportsApi();
        endpoints.MapStatisticsApi();
        return endpoints;
    }
}
