using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Net.Http.Headers;

namespace EGov.Platform.Identity.Api;

/// <summary>
/// For staff APIs that pages also call with the sign-in cookie. A browser adds cookies to cross-site posts but never an
/// Authorization header (OWASP ASVS 4.2.2): cookie-authenticated changes must carry the antiforgery token (header
/// <c>X-CSRF-TOKEN</c>); machine clients with a bearer token and reads (GET) need not.
/// </summary>
public sealed class CookieCsrfFilter : IEndpointFilter
{
    public async ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var http = context.HttpContext;
        if (!HttpMethods.IsGet(http.Request.Method)
            && !http.Request.Headers.ContainsKey(HeaderNames.Authorization)
            && !await http.RequestServices.GetRequiredService<IAntiforgery>().IsRequestValidAsync(http))
        {
            return TypedResults.Problem("页面已过期，请刷新后重试。", statusCode: StatusCodes.Status400BadRequest, title: "请求内容有误",
                extensions: new Dictionary<string, object?> { ["code"] = "identity.form_expired" });
        }

        return await next(context);
    }
}
