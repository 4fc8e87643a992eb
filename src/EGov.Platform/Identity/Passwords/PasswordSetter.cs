using EGov.Platform.Identity.Policies;
using Microsoft.AspNetCore.Identity;

namespace EGov.Platform.Identity.Passwords;

/// <summary>Checks a new password against the policy and stores its hash; the caller saves (with its audit entry).</summary>
internal sealed class PasswordSetter(UserManager<UserAccount> users, SecurityPolicyStore policies, TimeProvider clock)
{
    /// <returns>The policy's complaints, empty when the password was set.</returns>
    public async Task<IReadOnlyList<string>> TrySetAsync(UserAccount account, string password, bool oneTime)
    {
        var errors = new List<string>();
        foreach (var validator in users.PasswordValidators)
        {
            var result = await validator.ValidateAsync(users, account, password);
            errors.AddRange(result.Errors.Select(e => e.Description));
        }

        if (errors.Count > 0)
        {
            return errors;
        }

        account.PasswordHash = users.PasswordHasher.HashPassword(account, password);
        account.SecurityStamp = Guid.NewGuid().ToString("N");
        account.PasswordChangedAt = clock.GetUtcNow().UtcDateTime;
        account.MustChangePassword = oneTime;
        return errors;
    }

    /// <summary>A one-time password that meets the policy in force, set on the account.</summary>
    public async Task<string> SetOneTimeAsync(UserAccount account)
    {
        var policy = await policies.GetAsync();
        IReadOnlyList<string> errors = [];
        for (var attempt = 0; attempt < 5; attempt++)
        {
            // A random password may, very rarely, contain a short user name; draw again.
            var password = OneTimePassword.Create(policy.PasswordMinLength);
            errors = await TrySetAsync(account, password, oneTime: true);
            if (errors.Count == 0)
            {
                return password;
            }
        }

        throw new InvalidOperationException("一次性密码不符合密码策略：" + string.Join(' ', errors));
    }
}
