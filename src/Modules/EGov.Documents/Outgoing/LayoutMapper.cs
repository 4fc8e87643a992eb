using EGov.Documents.Domain;
using EGov.Documents.Layout;
using EGov.Documents.Rules;

namespace EGov.Documents.Outgoing;

/// <summary>
/// An <see cref="OfficialDocument"/> in the words printed on paper (GB/T 9704-2012 §7): the marks of a classified
/// document only when it is classified, the 签发人 only on an 上行文, the 成文日期 defaulting to the sign-off date.
/// </summary>
internal static class LayoutMapper
{
    /// <param name="attachmentTexts">The text of each attachment page by attachment id, where there is one.</param>
    public static DocumentLayout Map(OfficialDocument d, IReadOnlyDictionary<Guid, string>? attachmentTexts = null)
    {
        ArgumentNullException.ThrowIfNull(d);
        var attachments = d.Attachments.OrderBy(a => a.Order).ToList();
        return new DocumentLayout(
            d.IsClassified ? d.CopyNumber : null,
            SecrecyMark(d.Secrecy, d.SecrecyYears),
            d.Urgency == Urgency.Normal ? null : DocumentNames.Of(d.Urgency),
            d.AgencyMark,
            d.DocumentNumber ?? "",
            d.Direction == Direction.Upward && d.Signer is { Length: > 0 } signer ? [signer] : [],
            d.Title,
            d.MainRecipients.TrimEnd('：', ':'),
            d.Body,
            [.. attachments.Select(a => a.Name)],
            d.SignatureAgency,
            d.WrittenOn ?? d.SignedOffOn,
            d.Remarks?.Trim('（', '）', '(', ')'),
            [.. attachments.Select(a => new LayoutAttachment(a.Name, attachmentTexts?.GetValueOrDefault(a.AttachmentId) ?? ""))],
            d.CopyRecipients?.TrimEnd('。'),
            d.PrintingAgency,
            d.PrintedOn,
            d.Format);
    }

    /// <summary>密级和保密期限 as printed, e.g. <c>机密★5年</c>; none for 非密 and 内部.</summary>
    public static string? SecrecyMark(Secrecy secrecy, int? years)
        => SecrecyLimits.YearsOf(secrecy, years) is { } period ? $"{DocumentNames.Of(secrecy)}★{period}年" : null;
}
