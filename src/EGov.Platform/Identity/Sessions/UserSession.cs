namespace EGov.Platform.Identity.Sessions;

/// <summary>
/// A signed-in session kept on the server, so that sign-out, idle and absolute time-outs and deactivation end it for
/// every copy of the cookie (ASVS 3.3.1, 3.3.2; 等保 8.1.4.1 b).
/// </summary>
internal sealed class UserSession
{
    public Guid Id { get; set; }
    public Guid UserId { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime LastSeenAt { get; set; }
    public DateTime? EndedAt { get; set; }
    public SessionEnd? EndReason { get; set; }
}

internal enum SessionEnd
{
    SignedOut = 1,
    IdleTimeout = 2,
    AbsoluteTimeout = 3,
    AccountChanged = 4,
}
