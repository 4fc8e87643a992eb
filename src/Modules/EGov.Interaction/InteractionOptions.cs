using EGov.Interaction.Domain.Letters;

namespace EGov.Interaction;

/// <summary>
/// Configuration section <c>Interaction</c>. 国办发〔2020〕53号 sets no national day-count: every limit here is local
/// practice (proposals-and-interaction.md §4.5, UNCONFIRMED) and a setting.
/// </summary>
internal sealed class InteractionOptions
{
    public const string Section = "Interaction";

    /// <summary>信件编号 pattern: <c>{year}</c> and the serial <c>{n:6}</c>, which runs per year.</summary>
    public string LetterNumberFormat { get; set; } = "XLXJ{year}{n:6}";

    /// <summary>
    /// 签收时限 in working days after routing. The hotline's "1 h response" is a 7×24 call centre's; a department signs
    /// within its working day (UNCONFIRMED).
    /// </summary>
    public int SignForWorkingDays { get; set; } = 1;

    /// <summary>答复时限 per kind in working days from registration: general matters 5, complex ones 15 (§4.5, UNCONFIRMED).</summary>
    public Dictionary<LetterKind, int> ReplyWorkingDays { get; set; } = new()
    {
        [LetterKind.Consultation] = 5,
        [LetterKind.HelpRequest] = 5,
        [LetterKind.Complaint] = 15,
        [LetterKind.Report] = 15,
        [LetterKind.Suggestion] = 15,
    };

    /// <summary>The most working days one extension may add.</summary>
    public int MaxExtensionWorkingDays { get; set; } = 10;

    /// <summary>A reply the writer has not rated within this many working days closes on its own (未评价).</summary>
    public int RatingWorkingDays { get; set; } = 10;

    /// <summary>The health report flags messages unanswered longer than this (检查指标 互动回应差: 3 months).</summary>
    public int UnansweredMonths { get; set; } = 3;

    /// <summary>Open311 <c>jurisdiction_id</c> this endpoint answers for.</summary>
    public string JurisdictionId { get; set; } = "xiling.yichang.gov.cn";

    /// <summary>The mailbox Open311 requests are registered in.</summary>
    public string Open311MailboxCode { get; set; } = "qzxx";

    public int ReplyDays(LetterKind kind) => ReplyWorkingDays.TryGetValue(kind, out var days) ? days : 15;
}
