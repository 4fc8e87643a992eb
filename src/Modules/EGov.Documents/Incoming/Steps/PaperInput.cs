using System.Globalization;
using EGov.Platform.Results;

namespace EGov.Documents.Incoming.Steps;

/// <summary>The paper registration's fields as typed (form or API), checked into a <see cref="PaperDocument"/>.</summary>
internal sealed record PaperInput(
    string? SenderAgency, string? DocumentNumber, string? Title, string? Type, string? Urgency, string? Secrecy, string? WrittenOn,
    string? RecipientRole, int? Copies, byte[]? Scan, string? ScanFileName)
{
    public Result<PaperDocument> Parse()
    {
        if (IncomingParse.Type(Type) is not { } type)
        {
            return IncomingErrors.Invalid("Type", "请选择文种（15 种公文之一）。");
        }

        if (IncomingParse.Urgency(Urgency) is not { } urgency)
        {
            return IncomingErrors.Invalid("Urgency", "紧急程度只能是特急、加急或留空。");
        }

        if (IncomingParse.Secrecy(Secrecy) is not { } secrecy)
        {
            return IncomingErrors.Invalid("Secrecy", "密级只能是非密、内部、秘密、机密或绝密。");
        }

        if (IncomingParse.RecipientRole(RecipientRole) is not { } role)
        {
            return IncomingErrors.Invalid("RecipientRole", "请选择主送或抄送。");
        }

        DateOnly? written = null;
        if (!string.IsNullOrWhiteSpace(WrittenOn))
        {
            if (!DateOnly.TryParseExact(WrittenOn.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day))
            {
                return IncomingErrors.Invalid("WrittenOn", "成文日期格式应为 2026-11-28。");
            }

            written = day;
        }

        return new PaperDocument(SenderAgency, DocumentNumber, Title, type, urgency, secrecy, written, role, Copies ?? 1, Scan, ScanFileName);
    }
}
