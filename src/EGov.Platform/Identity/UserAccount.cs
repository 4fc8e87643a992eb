using Microsoft.AspNetCore.Identity;

namespace EGov.Platform.Identity;

/// <summary>One account store for staff, citizens (自然人), enterprises (法人) and the three administrators.</summary>
public sealed class UserAccount : IdentityUser<Guid>
{
    public AccountKind Kind { get; set; }
    public string DisplayName { get; set; } = "";
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
