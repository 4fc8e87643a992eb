using EGov.Platform.Audit;
using EGov.Platform.Data;
using EGov.Platform.Identity.Policies;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Platform.Identity.Sessions;

/// <summary>Runs on every request with the cookie: the server-side session must still be open and within both time-outs.</summary>
internal static class SessionValidator
{
    public static async Task ValidateAsync(CookieValidatePrincipalContext context)
    {
        var services = context.HttpContext.RequestServices;
        var cancellationToken = context.HttpContext.RequestAborted;
        if (!Guid.TryParse(context.Principal?.FindFirst(PlatformClaims.Session)?.Value, out var sessionId))
        {
            await RejectAsync(context);
            return;
        }

        var db = services.GetRequiredService<EGovDbContext>();
        var session = await db.Set<UserSession>().FirstOrDefaultAsync(s => s.Id == sessionId, cancellationToken);
        var policy = await services.GetRequiredService<SecurityPolicyStore>().GetAsync(cancellationToken);
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        var end = SessionRules.Check(session, policy, now);
        if (end is not null)
        {
            if (session is { EndedAt: null })
            {
                session.EndedAt = now;
                session.EndReason = end;
                services.GetRequiredService<IAuditLog>().Record(new AuditRecord("identity.session_expired", "UserSession", null, AuditOutcome.Success, end.ToString())
                {
                    UserName = context.Principal?.Identity?.Name,
                });
                await db.SaveChangesAsync(cancellationToken);
            }

            await RejectAsync(context);
            return;
        }

        if (now - session!.LastSeenAt >= SessionRules.TouchInterval)
        {
            session.LastSeenAt = now;
            await db.SaveChangesAsync(cancellationToken);
        }
    }

    private static async Task RejectAsync(CookieValidatePrincipalContext context)
    {
        context.RejectPrincipal();
        await context.HttpContext.SignOutAsync(context.Scheme.Name);
    }
}
