using System.Globalization;

namespace EGov.Documents.Incoming.Api;

// Request bodies of the 收文 API. Version: the document's version the client last read; when given and the document
// changed since, the step is refused with 409 instead of overwriting.

internal sealed record NoteBody(string? Note, long? Version);

internal sealed record VersionBody(long? Version);

/// <param name="Outcome"><c>reading</c> (阅知性), <c>instruction</c> (批办性) or <c>return</c> (退回, with <paramref name="Reason"/>).</param>
internal sealed record CheckBody(string? Outcome, string? Reason, long? Version);

internal sealed record ProposeBody(string? Proposal, long? Version);

/// <param name="Deadline">办理期限 as 2026-11-28, optional.</param>
internal sealed record InstructBody(string? Instruction, Guid? LeadDepartment, IReadOnlyList<Guid>? AssistingDepartments, string? Deadline, long? Version)
{
    public bool DeadlineValid => string.IsNullOrWhiteSpace(Deadline) || Day is not null;

    public DateOnly? Day => DateOnly.TryParseExact(Deadline?.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var day) ? day : null;
}

internal sealed record OpinionBody(string? Opinion, long? Version);

internal sealed record RemindBody(string? Text, long? Version);

internal sealed record ConcludeBody(string? Conclusion, long? Version);

/// <param name="Retention"><c>permanent</c>, <c>years30</c> or <c>years10</c> (or 永久 / 30年 / 10年).</param>
internal sealed record ArchiveBody(string? Retention, long? Version);

/// <param name="Readers">The readers' account names (登录名).</param>
internal sealed record CirculateBody(IReadOnlyList<string>? Readers, long? Version);

internal sealed record ReadBody(string? Remark);

/// <summary>A paper document registered by hand; the enumerations as codes or Chinese names, dates as 2026-11-28.</summary>
/// <param name="Scan">The scanned PDF, base64, optional.</param>
internal sealed record PaperBody(
    string? SenderAgency, string? DocumentNumber, string? Title, string? Type, string? Urgency, string? Secrecy, string? WrittenOn,
    string? RecipientRole, int? Copies, string? Scan);
