using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.Primitives;
using Microsoft.Net.Http.Headers;

namespace EGov.Portal.PublicSite;

/// <summary>
/// Output caching of public pages: anonymous GET/HEAD only (a request with any sign-in cookie or credentials is neither
/// served from nor stored in the cache), every query string varied on, only 200 answers without cookies stored, all
/// tagged <see cref="PublicPageCache.Tag"/> so that a publish or withdrawal empties it.
/// </summary>
internal sealed class PublicPagePolicy : IOutputCachePolicy
{
    public const string Name = "portal-public";

    /// <summary>A safety net for changes nobody evicted for (e.g. a scheduled take-down on another node).</summary>
    private static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(5);

    public ValueTask CacheRequestAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var request = context.HttpContext.Request;
        var cacheable = (HttpMethods.IsGet(request.Method) || HttpMethods.IsHead(request.Method))
            && context.HttpContext.User.Identity?.IsAuthenticated != true
            && !request.Headers.ContainsKey(HeaderNames.Authorization)
            && !HasSignInCookie(request);
        context.EnableOutputCaching = true;
        context.AllowCacheLookup = cacheable;
        context.AllowCacheStorage = cacheable;
        context.AllowLocking = true;
        context.CacheVaryByRules.QueryKeys = "*";
        context.ResponseExpirationTimeSpan = Lifetime;
        context.Tags.Add(PublicPageCache.Tag);
        return ValueTask.CompletedTask;
    }

    public ValueTask ServeFromCacheAsync(OutputCacheContext context, CancellationToken cancellation) => ValueTask.CompletedTask;

    public ValueTask ServeResponseAsync(OutputCacheContext context, CancellationToken cancellation)
    {
        var response = context.HttpContext.Response;
        if (response.StatusCode != StatusCodes.Status200OK || !StringValues.IsNullOrEmpty(response.Headers.SetCookie))
        {
            context.AllowCacheStorage = false;
        }

        return ValueTask.CompletedTask;
    }

    // The sign-in cookie is egov.auth on HTTP and __Host-egov on HTTPS (chunked as …C1, …C2): a session, even an expired
    // one, never sees a cached page nor leaves its page in the cache.
    private static bool HasSignInCookie(HttpRequest request)
        => request.Cookies.Keys.Any(k => k.StartsWith("egov.auth", StringComparison.Ordinal) || k.StartsWith("__Host-egov", StringComparison.Ordinal));
}
