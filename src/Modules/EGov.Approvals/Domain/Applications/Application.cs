using EGov.Approvals.Domain.Items;

namespace EGov.Approvals.Domain.Applications;

/// <summary>
/// 办件: one application for a service item, from submission (online or at the window) to conclusion.
/// Personal data (identity number, phone, address) is stored encrypted.
/// </summary>
internal sealed class Application
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>办件编号 on the receipt, from the numbering service (<c>approvals.application:{year}</c>).</summary>
    public string Number { get; set; } = "";

    /// <summary>SM3 of the query code (查询码) shown once on the receipt.</summary>
    public string QueryCodeHash { get; set; } = "";

    public Guid ItemId { get; set; }

    /// <summary>The item's name when applied for.</summary>
    public string ItemName { get; set; } = "";

    /// <summary>The implementing department; staff scope follows it.</summary>
    public Guid DepartmentId { get; set; }

    public CaseKind CaseKind { get; set; }
    public ApplicationChannel Channel { get; set; }

    /// <summary>The applicant's account (online applications); their personal space lists it.</summary>
    public Guid? AccountId { get; set; }

    public ApplicantKind ApplicantKind { get; set; }

    /// <summary>姓名 or 名称.</summary>
    public string ApplicantName { get; set; } = "";

    /// <summary>Resident ID or 统一社会信用代码; encrypted.</summary>
    public string IdentityNumber { get; set; } = "";

    /// <summary>法定代表人, for organizations.</summary>
    public string? LegalRepresentative { get; set; }

    /// <summary>代理人 acting for the applicant, if any.</summary>
    public string? AgentName { get; set; }

    /// <summary>Encrypted.</summary>
    public string Phone { get; set; } = "";

    public string? Email { get; set; }

    /// <summary>Encrypted.</summary>
    public string? Address { get; set; }

    /// <summary>The form's values as JSON (<c>{"key": value}</c>, tables as arrays of rows), validated against the item's fields.</summary>
    public string FormData { get; set; } = "{}";

    public DateTime SubmittedAt { get; set; }

    /// <summary>
    /// The day the materials arrived: the application counts as accepted from this day when no correction notice
    /// is sent within 5 working days (行政许可法 第三十二条).
    /// </summary>
    public DateOnly MaterialsReceivedOn { get; set; }

    public ApplicationState State { get; set; }

    /// <summary>受理 date; the promised and statutory clocks start here.</summary>
    public DateOnly? AcceptedOn { get; set; }

    /// <summary>Accepted by law because no correction notice was sent in time (第三十二条), not by a clerk.</summary>
    public bool DeemedAccepted { get; set; }

    public Decision? Decision { get; set; }
    public DateOnly? DecidedOn { get; set; }

    /// <summary>理由: why the application was rejected or denied.</summary>
    public string? DecisionReason { get; set; }

    /// <summary>The applicant's remedies told with a rejection or denial (行政复议、行政诉讼, 行政许可法 第三十八条).</summary>
    public string? Remedies { get; set; }

    public DateOnly? ResultProducedOn { get; set; }
    public DeliveryOptions? DeliveryMethod { get; set; }
    public DateOnly? DeliveredOn { get; set; }

    /// <summary>Post tracking number, window pick-up note, or the e-licence notice.</summary>
    public string? DeliveryNote { get; set; }

    public DateOnly? ConcludedOn { get; set; }
    public DateTime? ConcludedAt { get; set; }
    public DateTime? WithdrawnAt { get; set; }

    /// <summary>The fee actually charged in yuan, when the item charges.</summary>
    public decimal? FeeCharged { get; set; }

    /// <summary>The 5-working-day acceptance window (第三十二条); case type <c>pre_review</c>.</summary>
    public Guid? PreReviewClockId { get; set; }

    /// <summary>承诺办结时限 from acceptance; case type <c>promised</c>.</summary>
    public Guid? PromisedClockId { get; set; }

    /// <summary>法定办结时限 from acceptance (第四十二条); case type <c>statutory</c>.</summary>
    public Guid? StatutoryClockId { get; set; }

    /// <summary>The limit of the current process step; case type <c>step</c>.</summary>
    public Guid? StepClockId { get; set; }

    /// <summary>True once the one extension allowed by 第四十二条 was approved.</summary>
    public bool Extended { get; set; }

    /// <summary>Staff who registered it at the window; null for online applications.</summary>
    public Guid? RegisteredBy { get; set; }

    /// <summary>Keyed blind index of the identity number, to find the applicant's earlier materials without decrypting.</summary>
    public string ApplicantIndex { get; set; } = "";

    public DateTime UpdatedAt { get; set; }
    public bool IsDemo { get; set; }
    public long Version { get; set; }

    public bool IsClosed => State is ApplicationState.Concluded or ApplicationState.Rejected or ApplicationState.Withdrawn;
}
