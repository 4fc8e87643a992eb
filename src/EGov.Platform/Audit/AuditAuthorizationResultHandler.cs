using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Platform.Audit;

/// <summary>
/// Records every refused request as <c>security.access_denied</c> (ASVS 7.2.2: log failed access-control decisions),
/// then lets the default handler answer (redirect to sign-in, 401 or 403).
/// </summary>
internal sealed class AuditAuthorizationResultHandler : IAuthorizationMiddlewareResultHandler
{
    public const string Action = "security.access_denied";

    private readonly AuthorizationMiddlewareResultHandler _fallback = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(authorizeResult);
        if (authorizeResult.Forbidden || authorizeResult.Challenged)
        {
            var audit = context.RequestServices.GetRequiredService<IAuditLog>();
            var detail = $"{context.Request.Method} {context.Request.Path}{(authorizeResult.Forbidden ? " forbidden" : " challenged")}";
            await audit.RecordNowAsync(new AuditRecord(Action, "Path", context.Request.Path.Value, AuditOutcome.Denied, detail), context.RequestAborted);
        }

        await _fallback.HandleAsync(next, context, policy, authorizeResult);
    }
}
