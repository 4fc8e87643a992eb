using EGov.Platform.Audit;
using EGov.Platform.Data;
using EGov.Platform.Identity.Sessions;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;

namespace EGov.Platform.Identity.SignIn;

/// <summary>Ends the session on the server, so a copy of the cookie is worthless afterwards (等保 8.1.4.1 b 结束会话, ASVS 3.3.1).</summary>
internal sealed class SignOutHandler(EGovDbContext db, SessionStore sessions, IAuditLog audit)
{
    public async Task HandleAsync(HttpContext http, CancellationToken cancellationToken)
    {
        var user = http.User;
        if (user.Identity?.IsAuthenticated == true)
        {
            if (Guid.TryParse(user.FindFirst(PlatformClaims.Session)?.Value, out var sessionId))
            {
                await sessions.EndAsync(sessionId, SessionEnd.SignedOut, cancellationToken);
            }

            audit.Record(new AuditRecord("identity.sign_out", nameof(UserAccount), user.AccountId()?.ToString(), AuditOutcome.Success));
            await db.SaveChangesAsync(cancellationToken);
        }

        await http.SignOutAsync(IdentityConstants.ApplicationScheme);
    }
}
