using EGov.Platform.Identity.Api;
using Microsoft.AspNetCore.Http;

namespace EGov.Interaction.Opinions.Api;

/// <summary>
/// Public forms that anyone may post: a caller signed in by cookie must bring the antiforgery token (a page of another
/// site cannot post in their name); an anonymous caller has no session to abuse and brings the CAPTCHA/SMS proof instead.
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
