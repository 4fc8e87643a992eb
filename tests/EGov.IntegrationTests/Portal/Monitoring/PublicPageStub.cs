using System.Collections.Concurrent;
using EGov.IntegrationTests.Infrastructure;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.IntegrationTests.Portal.Monitoring;

/// <summary>
/// The platform with a stand-in for the public article and channel pages (another part of the portal renders them):
/// it answers 200 to those addresses inside the pipeline, behind the page-view counter, as a cached page would.
/// </summary>
internal static class PublicPageStub
{
    private static readonly ConcurrentDictionary<PlatformFactory, WebApplicationFactory<Program>> Hosts = new();

    public static WebApplicationFactory<Program> For(PlatformFactory platform)
        => Hosts.GetOrAdd(platform, p => p.Derive(b => b.ConfigureTestServices(s => s.AddTransient<IStartupFilter, StubFilter>())));

    private sealed class StubFilter : IStartupFilter
    {
        public Action<IApplicationBuilder> Configure(Action<IApplicationBuilder> next) => app =>
        {
            app.Use(async (context, following) =>
            {
                var path = context.Request.Path.Value ?? "";
                if (path.Contains("/articles/", StringComparison.Ordinal) || path.Contains("/channels/", StringComparison.Ordinal))
                {
                    context.Response.ContentType = "text/html; charset=utf-8";
                    await context.Response.WriteAsync("<!doctype html><title>稿件</title>");
                    return;
                }

                await following(context);
            });
            next(app);
        };
    }
}
