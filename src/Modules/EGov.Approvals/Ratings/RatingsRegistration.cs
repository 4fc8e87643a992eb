using EGov.Approvals.Contracts;
using EGov.Approvals.Ratings.Api;
using EGov.Approvals.Ratings.Public;
using EGov.Approvals.Ratings.Rate;
using EGov.Approvals.Ratings.Rectifications;
using EGov.Approvals.Statistics;
using EGov.Platform.Modules;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Approvals.Ratings;

/// <summary>好差评 (rating, bad-review rectification, appeal, public figures) and the 政务服务统计.</summary>
internal static class RatingsRegistration
{
    public static IServiceCollection AddRatings(this IServiceCollection services)
    {
        services.AddOptions<RatingsOptions>().BindConfiguration(RatingsOptions.Section);
        services.AddScoped<RectificationAudit>();
        services.AddScoped<RectificationOpener>();
        services.AddScoped<RatingRecorder>();
        services.AddScoped<RateOnlineHandler>();
        services.AddScoped<RateAtWindowHandler>();
        services.AddScoped<RectificationAccess>();
        services.AddScoped<RectificationUnit>();
        services.AddScoped<AppealReviewers>();
        services.AddScoped<CallBackHandler>();
        services.AddScoped<RectifyHandler>();
        services.AddScoped<AppealHandler>();
        services.AddScoped<AppealDecisionHandler>();
        services.AddScoped<FeedbackHandler>();
        services.AddScoped<RectificationQueries>();
        services.AddScoped<RatingCounts>();
        services.AddScoped<RatingSummaryQuery>();
        services.AddScoped<ApplicationCounts>();
        services.AddScoped<StatisticsHandler>();
        services.AddSingleton(new NavigationItem(Shell.Portal, "好差评", "/services/ratings", null, 16));
        services.AddSingleton(new NavigationItem(Shell.Office, "好差评整改", "/office/approvals/rectifications", ApprovalsPermissions.Rectify, 65));
        services.AddSingleton(new NavigationItem(Shell.Office, "政务服务统计", "/office/approvals/statistics", ApprovalsPermissions.View, 66));
        return services;
    }

    public static IEndpointRouteBuilder MapRatings(this IEndpointRouteBuilder endpoints)
        => endpoints.MapRatingsApi().MapRectificationsApi().MapStatisticsApi();
}
