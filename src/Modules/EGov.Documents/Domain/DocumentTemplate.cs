namespace EGov.Documents.Domain;

/// <summary>
/// 公文模板 of an agency: its 发文机关标志 and 机关代字, the default direction and recipients, the 发文机关署名 and the
/// 印发机关 (whose 文书 numbers, seals and distributes).
/// </summary>
internal sealed class DocumentTemplate
{
    public Guid Id { get; set; }
    public Guid AgencyId { get; set; }
    public string Name { get; set; } = "";

    /// <summary>文件格式 or 信函格式, copied to each document drafted on the template.</summary>
    public PrintFormat Format { get; set; }

    /// <summary>发文机关标志, e.g. 西陵区人民政府文件, or the agency name alone for the 信函 format.</summary>
    public string AgencyMark { get; set; } = "";

    /// <summary>机关代字, e.g. 西政发.</summary>
    public string AgencyCode { get; set; } = "";

    public DocumentType DefaultType { get; set; }
    public Direction DefaultDirection { get; set; }
    public string MainRecipients { get; set; } = "";
    public List<Guid> MainRecipientIds { get; set; } = [];
    public string? CopyRecipients { get; set; }
    public List<Guid> CopyRecipientIds { get; set; } = [];
    public string SignatureAgency { get; set; } = "";
    public string PrintingAgency { get; set; } = "";
    public Guid PrintingDepartmentId { get; set; }
    public bool IsActive { get; set; } = true;
    public long Version { get; set; }
}
