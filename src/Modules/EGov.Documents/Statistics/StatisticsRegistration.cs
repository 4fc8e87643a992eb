using EGov.Documents.Contracts;
using EGov.Platform.Modules;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Documents.Statistics;

internal static class StatisticsRegistration
{
    public static IServiceCollection AddDocumentStatistics(this IServiceCollection services)
    {
        services.AddOptions<StatisticsOptions>().BindConfiguration(StatisticsOptions.Section);
        services.AddScoped<StatisticsQuery>();
        services.AddSingleton(new NavigationItem(Shell.Office, "公文统计", "/office/documents/statistics", DocumentsPermissions.Statistics, 47));
        return services;
    }
}
