using System.Threading.RateLimiting;
using Microsoft.AspNetCore.RateLimiting;

namespace EGov.Web.Hosting;

/// <summary>Rate limits for public forms (sign-in, registration, submissions), per client IP.</summary>
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
                _ => new FixedWindowRateLimiterOptions
                {
                    PermitLimit = context.RequestServices.GetRequiredService<IConfiguration>().GetValue("RateLimits:PublicFormPerMinute", 20),
                    Window = TimeSpan.FromMinutes(1),
                }));
        });
        return services;
    }
}
