using EGov.Platform.Identity.Api;
using Microsoft.AspNetCore.Http;

namespace EGov.Interaction.Letters.Writing.Api;

/// <summary>
/// Public endpoints take anonymous posts (nothing to forge without a session); a request that carries the sign-in
/// cookie is checked like a staff API (<see cref="CookieCsrfFilter"/>).
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
