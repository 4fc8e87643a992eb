namespace EGov.Documents.Templates;

/// <summary>A template as the manager's form or the API sends it; no <paramref name="Format"/> means the 文件格式.</summary>
internal sealed record TemplateInput(
    Guid? AgencyId,
    string? Name,
    string? AgencyMark,
    string? AgencyCode,
    string? DefaultType,
    string? DefaultDirection,
    string? MainRecipients,
    IReadOnlyList<Guid>? MainRecipientIds,
    string? CopyRecipients,
    IReadOnlyList<Guid>? CopyRecipientIds,
    string? SignatureAgency,
    string? PrintingAgency,
    Guid? PrintingDepartmentId,
    bool IsActive = true,
    string? Format = null);
