using System.Security.Cryptography;
using EGov.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace EGov.Platform.Identity.Sessions;

internal sealed class SessionStore(EGovDbContext db, TimeProvider clock)
{
    /// <summary>Adds a session to the unit of work; its id comes from the CSPRNG (ASVS 3.2.2, 3.2.4).</summary>
    public UserSession Start(Guid userId)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        var session = new UserSession { Id = new Guid(RandomNumberGenerator.GetBytes(16)), UserId = userId, CreatedAt = now, LastSeenAt = now };
        db.Add(session);
        return session;
    }

    public async Task EndAsync(Guid sessionId, SessionEnd reason, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await db.Set<UserSession>()
            .Where(s => s.Id == sessionId && s.EndedAt == null)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.EndedAt, now).SetProperty(s => s.EndReason, reason), cancellationToken);
    }

    /// <summary>Ends every open session of an account (deactivation, password reset or change).</summary>
    public async Task EndAllAsync(Guid userId, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow().UtcDateTime;
        await db.Set<UserSession>()
            .Where(s => s.UserId == userId && s.EndedAt == null)
            .ExecuteUpdateAsync(u => u.SetProperty(s => s.EndedAt, now).SetProperty(s => s.EndReason, SessionEnd.AccountChanged), cancellationToken);
    }
}
