namespace EGov.Disclosure.Domain.Disputes;

/// <summary>
/// An administrative review (行政复议) or lawsuit (行政诉讼) about a request, counted in the annual report's table 四.
/// </summary>
internal sealed class DisclosureDispute
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid RequestId { get; set; }

    /// <summary>Copied from the request so that reports and scope need no join.</summary>
    public Guid AgencyId { get; set; }

    public Guid HandlingDepartmentId { get; set; }
    public DisputeKind Kind { get; set; }

    /// <summary>复议机关 or 人民法院.</summary>
    public string Authority { get; set; } = "";

    public string? CaseNumber { get; set; }
    public DateOnly FiledOn { get; set; }
    public DisputeResult Result { get; set; }
    public DateOnly? DecidedOn { get; set; }
    public string? Note { get; set; }
    public long Version { get; set; }
}

/// <summary>The three blocks of table 四.</summary>
internal enum DisputeKind
{
    /// <summary>行政复议.</summary>
    AdministrativeReview = 1,

    /// <summary>行政诉讼 — 未经复议直接起诉.</summary>
    LawsuitDirect = 2,

    /// <summary>行政诉讼 — 复议后起诉.</summary>
    LawsuitAfterReview = 3,
}

/// <summary>The columns of each block of table 四.</summary>
internal enum DisputeResult
{
    /// <summary>尚未审结.</summary>
    Pending = 0,

    /// <summary>结果维持.</summary>
    Maintained = 1,

    /// <summary>结果纠正.</summary>
    Corrected = 2,

    /// <summary>其他结果.</summary>
    Other = 3,
}
