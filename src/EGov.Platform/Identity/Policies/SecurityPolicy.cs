namespace EGov.Platform.Identity.Policies;

/// <summary>The security policy saved by the security administrator (等保 8.1.5.3 b); one row.</summary>
internal sealed class SecurityPolicy
{
    public const int SingletonId = 1;

    public int Id { get; set; } = SingletonId;
    public int LockoutThreshold { get; set; }
    public int LockoutMinutes { get; set; }
    public int PasswordMinLength { get; set; }
    public int PasswordRequiredClasses { get; set; }
    public int PasswordExpiryDays { get; set; }
    public int IdleTimeoutMinutes { get; set; }
    public int AbsoluteTimeoutHours { get; set; }
    public DateTime UpdatedAt { get; set; }
    public long Version { get; set; }

    public SecurityPolicySettings ToSettings() => new(
        LockoutThreshold, LockoutMinutes, PasswordMinLength, PasswordRequiredClasses, PasswordExpiryDays, IdleTimeoutMinutes, AbsoluteTimeoutHours);

    public void Apply(SecurityPolicySettings settings)
    {
        LockoutThreshold = settings.LockoutThreshold;
        LockoutMinutes = settings.LockoutMinutes;
        PasswordMinLength = settings.PasswordMinLength;
        PasswordRequiredClasses = settings.PasswordRequiredClasses;
        PasswordExpiryDays = settings.PasswordExpiryDays;
        IdleTimeoutMinutes = settings.IdleTimeoutMinutes;
        AbsoluteTimeoutHours = settings.AbsoluteTimeoutHours;
    }
}
