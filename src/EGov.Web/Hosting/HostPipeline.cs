using Microsoft.AspNetCore.Diagnostics.HealthChecks;
using Scalar.AspNetCore;

namespace EGov.Web.Hosting;

internal static class HostPipeline
{
    public static WebApplication UseHostPipeline(this WebApplication app)
    {
        app.UseExceptionHandler("/Error");
        app.UseWhen(c => !c.Request.Path.StartsWithSegments("/api"), b => b.UseStatusCodePagesWithReExecute("/Status/{0}"));
        app.UseSecurityHeaders();
        if (!app.Environment.IsDevelopment())
        {
            app.UseHsts();
        }

        app.UseStaticFiles();
        app.UseRouting();
        app.UseAuthentication();
        app.UseRateLimiter();
        app.UseAuthorization();
        app.UseOutputCache();
        app.UseAntiforgery();

        app.MapRazorPages();
        app.MapOpenApi("/api/openapi/{documentName}.json").AllowAnonymous();
        app.MapScalarApiReference("/api/reference", o => o.WithTitle("西陵区电子政务平台 API").WithOpenApiRoutePattern("/api/openapi/{documentName}.json")).AllowAnonymous();
        app.MapHealthChecks("/health/live", new HealthCheckOptions { Predicate = _ => false }).AllowAnonymous();
        app.MapHealthChecks("/health/ready", new HealthCheckOptions { Predicate = c => c.Tags.Contains("ready") }).AllowAnonymous();
        // An address that matches nothing is a plain 404 (Chinese page, or Problem Details under /api),
        // not a sign-in challenge from the deny-by-default fallback policy.
        app.MapFallback("{*path}", NotFound).AllowAnonymous();
        return app;
    }

    private static IResult NotFound(HttpContext context) => context.Request.Path.StartsWithSegments("/api")
        ? TypedResults.Problem(title: "接口不存在", detail: $"没有找到 {context.Request.Path}。", statusCode: StatusCodes.Status404NotFound)
        : TypedResults.NotFound();
}
