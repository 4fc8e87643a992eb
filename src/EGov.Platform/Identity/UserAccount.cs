using Microsoft.AspNetCore.Identity;

namespace EGov.Platform.Identity;

/// <summary>One account store for staff, citizens (自然人), enterprises (法人) and the three administrators.</summary>
public sealed class UserAccount : IdentityUser<Guid>
{
    public AccountKind Kind { get; set; }
    public string DisplayName { get; set; } = "";

    /// <summary>When the password was last set; with the policy's expiry it forces a periodic change (等保 8.1.4.1 a).</summary>
    public DateTime? PasswordChangedAt { get; set; }

    /// <summary>Set for one-time passwords (new accounts, resets): the next sign-in can only change the password.</summary>
    public bool MustChangePassword { get; set; }

    /// <summary>Deactivated accounts cannot sign in; accounts are deactivated, not deleted (等保 8.1.4.2 c).</summary>
    public bool IsActive { get; set; } = true;

    public DateTime CreatedAt { get; set; }
}

public enum AccountKind
{
    Staff = 1,
    Citizen = 2,
    Enterprise = 3,
    SystemAdmin = 10,
    SecurityAdmin = 11,
    AuditAdmin = 12,
}
