using EGov.Platform.Identity;
using EGov.Platform.Identity.Passwords;
using EGov.Platform.Identity.Policies;

namespace EGov.UnitTests.Identity;

public sealed class PasswordExpiryTests
{
    private static readonly SecurityPolicySettings Policy = new IdentitySettings().ToPolicy();
    private static readonly DateTime Changed = new(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void Password_is_due_for_change_after_90_days()
    {
        var account = new UserAccount { PasswordChangedAt = Changed };

        Assert.False(PasswordExpiry.MustChange(account, Policy, Changed.AddDays(90).AddSeconds(-1)));
        Assert.True(PasswordExpiry.MustChange(account, Policy, Changed.AddDays(90)));
    }

    [Fact]
    public void One_time_password_must_be_changed_at_once()
        => Assert.True(PasswordExpiry.MustChange(new UserAccount { PasswordChangedAt = Changed, MustChangePassword = true }, Policy, Changed));
}
