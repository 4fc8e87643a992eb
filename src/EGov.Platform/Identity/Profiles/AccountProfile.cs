namespace EGov.Platform.Identity.Profiles;

/// <summary>
/// What a citizen (自然人) or an enterprise (法人) registered with, kept apart from the account so that only this
/// table holds their personal data. The <c>…Index</c> columns find a row by value without decrypting every row.
/// </summary>
internal sealed class AccountProfile
{
    public Guid UserId { get; set; }

    /// <summary>公民身份号码 (citizens).</summary>
    public string? ResidentIdNumber { get; set; }

    public string? ResidentIdIndex { get; set; }

    /// <summary>统一社会信用代码 (enterprises).</summary>
    public string? UnifiedSocialCreditCode { get; set; }

    public string? CreditCodeIndex { get; set; }

    /// <summary>法定代表人 (enterprises).</summary>
    public string? LegalRepresentative { get; set; }

    /// <summary>The citizen's mobile, or the enterprise's contact mobile; either may sign in with it.</summary>
    public string Mobile { get; set; } = "";

    public string MobileIndex { get; set; } = "";

    public string? Address { get; set; }
}
