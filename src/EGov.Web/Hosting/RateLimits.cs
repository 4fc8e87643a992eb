using System.Threading.RateLimiting;
using EGov.Platform.Identity;
using Microsoft.AspNetCore.RateLimiting;

namespace EGov.Web.Hosting;

/// <summary>
/// Rate limits for public forms (sign-in, registration, submissions): per client IP (the policy), and in addition per
/// signed-in account (a global limiter that looks for the policy on the endpoint), so that an account cannot spread
/// its submissions over many addresses, nor one address hide several accounts' worth. Settings
/// <c>RateLimits:PublicFormPerMinute</c> (default 20) and <c>RateLimits:PublicFormPerAccountPerMinute</c> (default 10).
/// </summary>
public static class RateLimits
{
    public const string PublicForm = "public-form";

    internal static IServiceCollection AddPublicFormRateLimits(this IServiceCollection services)
    {
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(PublicForm, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => PerMinute(context, "RateLimits:PublicFormPerMinute", 20)));
            o.GlobalLimiter = PartitionedRateLimiter.Create<HttpContext, string>(context =>
                IsPublicForm(context) && context.User.AccountId() is { } account
                    ? RateLimitPartition.GetFixedWindowLimiter("account:" + account, _ => PerMinute(context, "RateLimits:PublicFormPerAccountPerMinute", 10))
                    : RateLimitPartition.GetNoLimiter(""));
        });
        return services;
    }

    private static bool IsPublicForm(HttpContext context)
        => context.GetEndpoint()?.Metadata.GetMetadata<EnableRateLimitingAttribute>()?.PolicyName == PublicForm;

    private static FixedWindowRateLimiterOptions PerMinute(HttpContext context, string setting, int fallback) => new()
    {
        PermitLimit = context.RequestServices.GetRequiredService<IConfiguration>().GetValue(setting, fallback),
        Window = TimeSpan.FromMinutes(1),
    };
}
