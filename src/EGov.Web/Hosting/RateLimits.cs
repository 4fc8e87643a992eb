using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace EGov.Web.Hosting;

/// <summary>Rate limits for public forms (sign-in, registration, submissions), per client IP.</summary>
public static class RateLimits
{
    public const string PublicForm = "public-form";

    internal static IServiceCollection AddPublicFormRateLimits(this IServiceCollection services, IConfiguration configuration)
    {
        var permitPerMinute = configuration.GetValue("RateLimits:PublicFormPerMinute", 20);
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(PublicForm, context => RateLimitPartition.GetFixedWindowLimiter(
                context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                _ => new FixedWindowRateLimiterOptions { PermitLimit = permitPerMinute, Window = TimeSpan.FromMinutes(1) }));
        });
        return services;
    }
}
