using EGov.Platform.Identity.Api;
using Microsoft.AspNetCore.Http;

namespace EGov.Interaction.Interviews.Api;

/// <summary>
/// For a public endpoint that anyone may call: anonymous callers (a program with no cookies, proving itself with the
/// CAPTCHA) pass, while a caller signed in with a cookie must carry the antiforgery token like any cookie change.
/// </summary>
internal sealed class SignedInCsrfFilter : IEndpointFilter
{
    private static readonly CookieCsrfFilter Cookie = new();

    public ValueTask<object?> InvokeAsync(EndpointFilterInvocationContext context, EndpointFilterDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        return context.HttpContext.User.Identity?.IsAuthenticated == true ? Cookie.InvokeAsync(context, next) : next(context);
    }
}
