namespace EGov.Platform.Verification;

/// <summary>A CAPTCHA challenge as stored: only the SM3 hash of its answer, used up on the first check.</summary>
internal sealed class StoredCaptcha
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public string AnswerHash { get; set; } = "";
    public DateTime CreatedAt { get; set; }
    public DateTime ExpiresAt { get; set; }
    public DateTime? UsedAt { get; set; }
}
