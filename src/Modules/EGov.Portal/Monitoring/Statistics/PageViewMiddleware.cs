using EGov.Platform.Time;
using Microsoft.AspNetCore.Http;

namespace EGov.Portal.Monitoring.Statistics;

/// <summary>
/// Counts successful GETs of public article and channel pages, including answers from the output cache (it runs
/// outside it). No third-party tracker, no cookie, no database work per request: a counter in memory.
/// </summary>
internal sealed class PageViewMiddleware(RequestDelegate next, PageViewCounter counter, TimeProvider time)
{
    public async Task InvokeAsync(HttpContext context)
    {
        var request = context.Request;
        if (!HttpMethods.IsGet(request.Method)
            || !PageViewPath.TryParse(request.Path.Value, out var articleId, out var siteCode, out var channelCode))
        {
            await next(context);
            return;
        }

        await next(context);
        if (context.Response.StatusCode is >= 200 and < 300 && !IsRobot(request.Headers.UserAgent.ToString()))
        {
            counter.Count(new PageViewKey(articleId, siteCode, channelCode, ChinaTime.Today(time)));
        }
    }

    public static bool IsRobot(string userAgent)
        => userAgent.Contains("bot", StringComparison.OrdinalIgnoreCase)
            || userAgent.Contains("spider", StringComparison.OrdinalIgnoreCase)
            || userAgent.Contains("crawl", StringComparison.OrdinalIgnoreCase);
}
