using EGov.Oversight.Contracts;
using EGov.Platform.Modules;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Oversight.Statistics;

internal static class StatisticsRegistration
{
    public static IServiceCollection AddOversightStatistics(this IServiceCollection services)
    {
        services.AddOptions<ScoreOptions>().BindConfiguration(ScoreOptions.Section);
        services.AddScoped<ClockCounts>();
        services.AddScoped<CardCounts>();
        services.AddScoped<RatingCounts>();
        services.AddScoped<StatisticsQuery>();
        services.AddScoped<ReportQuery>();
        services.AddSingleton(new NavigationItem(Shell.Office, "监察统计", "/office/oversight/statistics", OversightPermissions.Report, 720));
        services.AddSingleton(new NavigationItem(Shell.Office, "月度监察报告", "/office/oversight/report", OversightPermissions.Report, 721));
        return services;
    }

    public static IEndpointRouteBuilder MapOversightStatistics(this IEndpointRouteBuilder endpoints) => endpoints.MapStatisticsApi();
}
