using EGov.Platform.Identity.Policies;
using EGov.Platform.Identity.Sessions;

namespace EGov.UnitTests.Identity;

public sealed class SessionRulesTests
{
    private static readonly SecurityPolicySettings Policy = new IdentitySettings().ToPolicy();
    private static readonly DateTime Start = new(2026, 11, 28, 1, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Session_used_within_30_minutes_stays_open()
        => Assert.Null(SessionRules.Check(Session(lastSeen: Start.AddMinutes(10)), Policy, Start.AddMinutes(39)));

    [Fact]
    public void Session_idle_for_30_minutes_ends()
        => Assert.Equal(SessionEnd.IdleTimeout, SessionRules.Check(Session(lastSeen: Start), Policy, Start.AddMinutes(30)));

    [Fact]
    public void Session_ends_12_hours_after_sign_in_however_busy()
        => Assert.Equal(SessionEnd.AbsoluteTimeout, SessionRules.Check(Session(lastSeen: Start.AddHours(12).AddMinutes(-1)), Policy, Start.AddHours(12)));

    [Fact]
    public void Ended_or_unknown_session_is_refused()
    {
        Assert.Equal(SessionEnd.SignedOut, SessionRules.Check(null, Policy, Start));
        Assert.Equal(SessionEnd.SignedOut, SessionRules.Check(new UserSession { CreatedAt = Start, LastSeenAt = Start, EndedAt = Start }, Policy, Start));
    }

    private static UserSession Session(DateTime lastSeen) => new() { CreatedAt = Start, LastSeenAt = lastSeen };
}
