namespace EGov.Platform.Verification;

/// <summary>
/// What an anonymous writer hands in with a public form: the answer to an image CAPTCHA and a phone number with the
/// SMS code sent to it. Pages bind it from the form, APIs from JSON.
/// </summary>
public sealed class AnonymousProof
{
    public Guid? CaptchaId { get; set; }
    public string? CaptchaAnswer { get; set; }
    public string? Phone { get; set; }
    public string? SmsCode { get; set; }
}
