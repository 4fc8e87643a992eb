using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Http;

namespace EGov.Platform.Identity.Sessions;

/// <summary>
/// Names the sign-in cookie <c>__Host-egov</c> on HTTPS requests, which browsers then pin to this host, path <c>/</c>
/// and TLS (ASVS 3.4.4), and <c>egov.auth</c> on plain HTTP, where a <c>__Host-</c> cookie would be refused.
/// </summary>
internal sealed class HostCookieManager : ICookieManager
{
    public const string HttpName = "egov.auth";
    public const string HttpsName = "__Host-egov";

    private readonly ChunkingCookieManager _inner = new();

    public string? GetRequestCookie(HttpContext context, string key) => _inner.GetRequestCookie(context, Name(context, key));

    public void AppendResponseCookie(HttpContext context, string key, string? value, CookieOptions options)
        => _inner.AppendResponseCookie(context, Name(context, key), value, options);

    public void DeleteCookie(HttpContext context, string key, CookieOptions options)
        => _inner.DeleteCookie(context, Name(context, key), options);

    private static string Name(HttpContext context, string key) => context.Request.IsHttps && key == HttpName ? HttpsName : key;
}
