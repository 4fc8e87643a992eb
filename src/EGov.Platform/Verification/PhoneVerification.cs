namespace EGov.Platform.Verification;

/// <summary>
/// One SMS code sent to a phone for a purpose. The phone and the code are kept only as SM3 hashes: the table proves
/// that a number was verified without being a list of citizens' phone numbers.
/// </summary>
internal sealed class PhoneVerification
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public string PhoneHash { get; set; } = "";
    public string Purpose { get; set; } = "";
    public string CodeHash { get; set; } = "";
    public DateTime SentAt { get; set; }
    public DateTime ExpiresAt { get; set; }
    public int Attempts { get; set; }

    /// <summary>When the right code was entered; a confirmed code is used up.</summary>
    public DateTime? ConfirmedAt { get; set; }

    public long Version { get; set; }
}
