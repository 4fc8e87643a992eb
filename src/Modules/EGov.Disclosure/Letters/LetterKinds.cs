using EGov.Disclosure.Domain.Requests;

namespace EGov.Disclosure.Letters;

/// <summary>
/// One editable template kind (the <c>LetterTemplate.Kind</c> key): a notice (<c>receipt</c>, <c>correction</c>,
/// <c>extension</c>, <c>fee</c>, <c>consultation</c>) or a reply outcome's name (<c>PartiallyDisclosed</c>…); the two
/// deemed withdrawals are the termination letters.
/// </summary>
internal sealed record LetterKindInfo(string Key, LetterKind Letter, ReplyOutcome? Outcome, string Name, IReadOnlyList<string> Allowed, IReadOnlyList<string> Required)
{
    public bool Allows(string placeholder) => Allowed.Contains(placeholder, StringComparer.Ordinal);
}

internal static class LetterKinds
{
    private static readonly string[] ReplyExtras = [LetterPlaceholders.ReplyText, LetterPlaceholders.WhereToObtain, LetterPlaceholders.ResponsibleAgency, LetterPlaceholders.ReviewAuthority];

    public static IReadOnlyList<LetterKindInfo> All { get; } =
    [
        Notice("receipt", LetterKind.Receipt, "登记回执", [LetterPlaceholders.DueDate], [LetterPlaceholders.Number]),
        Notice("correction", LetterKind.Correction, "补正告知书", [LetterPlaceholders.CorrectionItems, LetterPlaceholders.CorrectionDeadline], [LetterPlaceholders.CorrectionItems, LetterPlaceholders.CorrectionDeadline]),
        Notice("extension", LetterKind.Extension, "延期答复告知书", [LetterPlaceholders.ExtensionDays, LetterPlaceholders.ExtensionReason, LetterPlaceholders.DueDate], [LetterPlaceholders.ExtensionDays, LetterPlaceholders.DueDate]),
        Notice("fee", LetterKind.Fee, "收费通知书", [LetterPlaceholders.FeeMode, LetterPlaceholders.FeeQuantity, LetterPlaceholders.FeeAmount, LetterPlaceholders.PayBy], [LetterPlaceholders.FeeAmount, LetterPlaceholders.PayBy]),
        new("consultation", LetterKind.Consultation, null, "征求意见函",
            [.. LetterPlaceholders.Common, LetterPlaceholders.ConsultedParty, LetterPlaceholders.ConsultationQuestion, LetterPlaceholders.ConsultationDue],
            [LetterPlaceholders.ConsultedParty, LetterPlaceholders.ConsultationQuestion, LetterPlaceholders.ConsultationDue]),
        .. ReplyOutcomes.All.Select(o => Reply(o.Outcome)),
    ];

    private static readonly Dictionary<string, LetterKindInfo> ByKey = All.ToDictionary(k => k.Key, StringComparer.Ordinal);

    public static LetterKindInfo? Find(string key) => ByKey.GetValueOrDefault(key);

    public static LetterKindInfo Of(ReplyOutcome outcome) => ByKey[outcome.ToString()];

    public static LetterKindInfo Of(LetterKind letter) => All.First(k => k.Letter == letter);

    /// <summary>The file and document name of a letter, e.g. 部分公开 → 答复告知书.</summary>
    public static string FileName(LetterKind letter) => letter switch
    {
        LetterKind.Reply => "答复告知书",
        LetterKind.Termination => "终止办理告知书",
        _ => Of(letter).Name,
    };

    public static RequestDocumentKind DocumentKind(LetterKind letter) => letter switch
    {
        LetterKind.Reply => RequestDocumentKind.ReplyLetter,
        LetterKind.Correction => RequestDocumentKind.CorrectionLetter,
        LetterKind.Extension => RequestDocumentKind.ExtensionLetter,
        LetterKind.Fee => RequestDocumentKind.FeeLetter,
        LetterKind.Consultation => RequestDocumentKind.ConsultationLetter,
        _ => RequestDocumentKind.OtherLetter,
    };

    private static LetterKindInfo Notice(string key, LetterKind letter, string name, string[] extras, string[] required)
        => new(key, letter, null, name, [.. LetterPlaceholders.Common, .. extras], [LetterPlaceholders.Applicant, .. required]);

    private static LetterKindInfo Reply(ReplyOutcome outcome)
    {
        var info = ReplyOutcomes.Of(outcome);
        var termination = outcome is ReplyOutcome.OtherNoCorrection or ReplyOutcome.OtherFeeUnpaid;
        string[] extras = outcome switch
        {
            ReplyOutcome.OtherNoCorrection => [LetterPlaceholders.CorrectionItems, LetterPlaceholders.CorrectionDeadline, LetterPlaceholders.ReviewAuthority],
            ReplyOutcome.OtherFeeUnpaid => [LetterPlaceholders.FeeMode, LetterPlaceholders.FeeQuantity, LetterPlaceholders.FeeAmount, LetterPlaceholders.PayBy, LetterPlaceholders.ReviewAuthority],
            _ => ReplyExtras,
        };
        string[] required = termination
            ? [LetterPlaceholders.Applicant, LetterPlaceholders.ReviewAuthority]
            : [LetterPlaceholders.Applicant, LetterPlaceholders.ReplyText, LetterPlaceholders.ReviewAuthority];
        var name = termination ? $"终止办理告知书（{info.Label}）" : $"答复告知书（{DisclosureNamesOf(outcome)}）";
        return new(outcome.ToString(), termination ? LetterKind.Termination : LetterKind.Reply, outcome, name, [.. LetterPlaceholders.Common, .. extras], required);
    }

    private static string DisclosureNamesOf(ReplyOutcome outcome) => Domain.DisclosureNames.Of(outcome);
}
