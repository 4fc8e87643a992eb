namespace EGov.Platform.Identity.Policies;

/// <summary>
/// Configuration section <c>Identity</c>: the defaults of the security policy until the security administrator saves one.
/// The values are common 等保 practice (8.1.4.1 a/b), not the standard's text, hence settings.
/// </summary>
public sealed class IdentitySettings
{
    public const string Section = "Identity";

    public int IdleTimeoutMinutes { get; set; } = 30;
    public int AbsoluteTimeoutHours { get; set; } = 12;
    public LockoutSettings Lockout { get; set; } = new();
    public PasswordSettings Password { get; set; } = new();

    public SecurityPolicySettings ToPolicy() => new(
        Lockout.MaxFailedAttempts, Lockout.Minutes, Password.MinLength, Password.RequiredClasses, Password.ExpiryDays,
        IdleTimeoutMinutes, AbsoluteTimeoutHours);
}

public sealed class LockoutSettings
{
    public int MaxFailedAttempts { get; set; } = 5;
    public int Minutes { get; set; } = 30;
}

public sealed class PasswordSettings
{
    public int MinLength { get; set; } = 8;

    /// <summary>How many of the four classes (upper, lower, digit, symbol) a password must mix.</summary>
    public int RequiredClasses { get; set; } = 3;

    public int ExpiryDays { get; set; } = 90;
}
