using Microsoft.AspNetCore.Http;

namespace EGov.Platform.Identity.Api;

/// <summary>
/// For public endpoints that anyone may post to: an anonymous caller has no session to forge and proves itself otherwise
/// (CAPTCHA, SMS code, API key), while a caller signed in by cookie must carry the antiforgery token
/// (<see cref="CookieCsrfFilter"/>), so that another site's page cannot post in their name.
/// </summary>
public sealed class SignedInCsrfFilter : IEndpointFilter
{
    private static readonly CookieCsrfFilter Cookie = new();

    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        return context.HttpContext.User.Identity?.IsAuthenticated == true ? Cookie.InvokeAsync(context, next) : next(context);
    }
}
