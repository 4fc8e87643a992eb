using EGov.Platform.Identity.Policies;

namespace EGov.Platform.Identity.Passwords;

/// <summary>定期更换 (等保 8.1.4.1 a): a password older than the policy's expiry, or a one-time password, must be changed first.</summary>
internal static class PasswordExpiry
{
    public static bool MustChange(UserAccount account, SecurityPolicySettings policy, DateTime now)
        => account.MustChangePassword
            || account.PasswordChangedAt is null
            || (policy.PasswordExpiryDays > 0 && now - account.PasswordChangedAt.Value >= TimeSpan.FromDays(policy.PasswordExpiryDays));
}
