namespace EGov.Disclosure.Domain.Catalog;

/// <summary>
/// One piece of government information in an agency's 政府信息公开目录 (条例 第十二条: 索引、名称、内容概述、生成日期),
/// with the usual catalog metadata (disclosure.md §1.2).
/// </summary>
internal sealed class CatalogItem
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>The agency's department.</summary>
    public Guid AgencyId { get; set; }

    /// <summary>The agency's disclosure office at creation (<c>AgencyInfo.OfficeDepartmentId</c>); staff scope follows it.</summary>
    public Guid OfficeDepartmentId { get; set; }

    /// <summary>索引号, unique, from the numbering service with the agency's format.</summary>
    public string IndexNumber { get; set; } = "";

    public string Title { get; set; } = "";

    /// <summary>内容概述.</summary>
    public string Summary { get; set; } = "";

    /// <summary>The text, plain paragraphs separated by blank lines (the original files are attachments).</summary>
    public string Body { get; set; } = "";

    /// <summary>生成日期 (for 公文 the 签发日期); the proactive clock starts here (条例 第二十六条).</summary>
    public DateOnly GeneratedOn { get; set; }

    /// <summary>文号, e.g. 西政发〔2026〕3号.</summary>
    public string? DocumentNumber { get; set; }

    /// <summary>发布机构, the full name.</summary>
    public string PublishingAgency { get; set; } = "";

    public DisclosureAttribute Attribute { get; set; }

    /// <summary>For 不予公开: the ground, one of the 不予公开 rows of the annual report.</summary>
    public NonDisclosureGround? NonDisclosureGround { get; set; }

    /// <summary>For 不予公开 and 依申请公开: the reason in words, citing the article.</summary>
    public string? AttributeReason { get; set; }

    public InformationValidity Validity { get; set; }

    /// <summary>The day the validity last changed (废止 or 失效), for the annual report's 本年废止件数.</summary>
    public DateOnly? ValidityChangedOn { get; set; }

    /// <summary>规章 or 行政规范性文件, counted in the annual report's table 二.</summary>
    public RegulatoryKind RegulatoryKind { get; set; }

    public Guid CategoryId { get; set; }

    /// <summary>主题分类 (one of <c>Disclosure:Subjects</c>).</summary>
    public string Subject { get; set; } = "";

    /// <summary>体裁分类 (one of <c>Disclosure:Genres</c>).</summary>
    public string Genre { get; set; } = "";

    /// <summary>关键词, separated by spaces or 、.</summary>
    public string Keywords { get; set; } = "";

    public CatalogItemStatus Status { get; set; }

    /// <summary>When it went public on the portal.</summary>
    public DateTime? PublishedAt { get; set; }

    /// <summary>The Art. 26 clock of a 主动公开 item, from <see cref="GeneratedOn"/> to publication.</summary>
    public Guid? ClockId { get; set; }

    /// <summary>The request that led to proactive disclosure (条例 第四十四条), if any.</summary>
    public Guid? SourceRequestId { get; set; }

    public Guid CreatedBy { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime UpdatedAt { get; set; }
    public string? WithdrawalReason { get; set; }
    public bool IsDemo { get; set; }
    public long Version { get; set; }
}

/// <summary>公开属性.</summary>
internal enum DisclosureAttribute
{
    /// <summary>主动公开.</summary>
    Proactive = 1,

    /// <summary>依申请公开.</summary>
    OnRequest = 2,

    /// <summary>不予公开, with a <see cref="NonDisclosureGround"/>.</summary>
    NotDisclosed = 3,
}

/// <summary>有效性.</summary>
internal enum InformationValidity
{
    Valid = 1,
    Expired = 2,
    Repealed = 3,
}

/// <summary>Table 二 of the annual report counts 规章 and 行政规范性文件 (条例 第二十条第（一）项).</summary>
internal enum RegulatoryKind
{
    None = 0,
    Rule = 1,
    NormativeDocument = 2,
}

internal enum CatalogItemStatus
{
    Draft = 0,

    /// <summary>Waiting for the 保密审查 (条例 第十七条).</summary>
    InReview = 1,

    /// <summary>Sent back by the reviewer with an opinion.</summary>
    Returned = 2,

    Published = 3,
    Withdrawn = 4,
}
