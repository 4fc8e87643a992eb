using EGov.Documents.Domain;
using EGov.Documents.Templates;

namespace EGov.Documents.Areas.Documents.Pages.Templates;

/// <summary>The fields of the template form.</summary>
internal sealed class TemplateForm
{
    public Guid? AgencyId { get; set; }
    public string? Name { get; set; }
    public string? Format { get; set; } = nameof(PrintFormat.File);
    public string? AgencyMark { get; set; }
    public string? AgencyCode { get; set; }
    public string? DefaultType { get; set; } = nameof(DocumentType.Notice);
    public string? DefaultDirection { get; set; } = nameof(Direction.Downward);
    public string? MainRecipients { get; set; }
    public List<Guid> MainRecipientIds { get; set; } = [];
    public string? CopyRecipients { get; set; }
    public string? SignatureAgency { get; set; }
    public string? PrintingAgency { get; set; }
    public Guid? PrintingDepartmentId { get; set; }
    public bool IsActive { get; set; } = true;
    public long? Version { get; set; }

    public TemplateInput Input() => new(AgencyId, Name, AgencyMark, AgencyCode, DefaultType, DefaultDirection, MainRecipients, MainRecipientIds,
        CopyRecipients, [], SignatureAgency, PrintingAgency, PrintingDepartmentId, IsActive, Format);

    public static TemplateForm Of(DocumentTemplate t) => new()
    {
        AgencyId = t.AgencyId,
        Name = t.Name,
        Format = t.Format.ToString(),
        AgencyMark = t.AgencyMark,
        AgencyCode = t.AgencyCode,
        DefaultType = t.DefaultType.ToString(),
        DefaultDirection = t.DefaultDirection.ToString(),
        MainRecipients = t.MainRecipients,
        MainRecipientIds = t.MainRecipientIds,
        CopyRecipients = t.CopyRecipients,
        SignatureAgency = t.SignatureAgency,
        PrintingAgency = t.PrintingAgency,
        PrintingDepartmentId = t.PrintingDepartmentId,
        IsActive = t.IsActive,
        Version = t.Version,
    };
}
