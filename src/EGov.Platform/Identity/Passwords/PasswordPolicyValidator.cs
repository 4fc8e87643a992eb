using EGov.Platform.Identity.Policies;
using Microsoft.AspNetCore.Identity;

namespace EGov.Platform.Identity.Passwords;

/// <summary>Applies <see cref="PasswordPolicy"/> with the saved policy wherever Identity sets a password.</summary>
internal sealed class PasswordPolicyValidator(SecurityPolicyStore policies) : IPasswordValidator<UserAccount>
{
    public async Task<IdentityResult> ValidateAsync(UserManager<UserAccount> manager, UserAccount user, string? password)
    {
        var policy = await policies.GetAsync();
        var errors = PasswordPolicy.Check(password ?? "", user.UserName, policy);
        return errors.Count == 0
            ? IdentityResult.Success
            : IdentityResult.Failed([.. errors.Select(e => new IdentityError { Code = "identity.weak_password", Description = e })]);
    }
}
