using EGov.Platform.Identity.Policies;

namespace EGov.Platform.Identity.Sessions;

/// <summary>Whether a session may serve one more request; the cookie's own expiry is only a second line.</summary>
internal static class SessionRules
{
    /// <summary>Writing the last-seen time at most once a minute keeps a busy user from writing on every request.</summary>
    public static readonly TimeSpan TouchInterval = TimeSpan.FromMinutes(1);

    public static SessionEnd? Check(UserSession? session, SecurityPolicySettings policy, DateTime now)
    {
        if (session is null || session.EndedAt is not null)
        {
            return SessionEnd.SignedOut;
        }

        if (now - session.CreatedAt >= TimeSpan.FromHours(policy.AbsoluteTimeoutHours))
        {
            return SessionEnd.AbsoluteTimeout;
        }

        return now - session.LastSeenAt >= TimeSpan.FromMinutes(policy.IdleTimeoutMinutes) ? SessionEnd.IdleTimeout : null;
    }
}
