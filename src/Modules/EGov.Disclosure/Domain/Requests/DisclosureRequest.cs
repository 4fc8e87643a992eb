namespace EGov.Disclosure.Domain.Requests;

/// <summary>
/// 依申请公开: one request for government information (条例 第二十九条 to 第四十五条), from receipt to archive.
/// Personal data (identity number, phone, address) is stored encrypted.
/// </summary>
internal sealed class DisclosureRequest
{
    public Guid Id { get; set; } = Guid.CreateVersion7();

    /// <summary>申请编号 on the receipt, from the numbering service (<c>disclosure.request:{year}</c>).</summary>
    public string Number { get; set; } = "";

    /// <summary>SM3 of the query code (查询码) printed once on the receipt.</summary>
    public string QueryCodeHash { get; set; } = "";

    /// <summary>The agency asked (its department).</summary>
    public Guid AgencyId { get; set; }

    /// <summary>The unit whose staff handle it (the agency's 政府信息公开工作机构); staff scope follows it.</summary>
    public Guid HandlingDepartmentId { get; set; }

    /// <summary>The applicant's account when submitted signed in; their personal space lists it.</summary>
    public Guid? AccountId { get; set; }

    public ApplicantType ApplicantType { get; set; }

    /// <summary>姓名 or 名称.</summary>
    public string ApplicantName { get; set; } = "";

    /// <summary>身份证明: the document's kind (居民身份证, 护照, 营业执照…).</summary>
    public string IdentityDocumentKind { get; set; } = "";

    /// <summary>The document's number (resident ID or 统一社会信用代码); encrypted.</summary>
    public string IdentityNumber { get; set; } = "";

    /// <summary>法定代表人或者负责人, for organizations.</summary>
    public string? LegalRepresentative { get; set; }

    /// <summary>联系人, for organizations.</summary>
    public string? ContactName { get; set; }

    /// <summary>Encrypted.</summary>
    public string Phone { get; set; } = "";

    public string? Email { get; set; }

    /// <summary>通信地址; encrypted.</summary>
    public string? Address { get; set; }

    public string? PostalCode { get; set; }

    /// <summary>所需信息的名称、文号或者便于查询的其他特征性描述 (第二十九条第二款第二项); after a correction, the corrected text.</summary>
    public string Description { get; set; } = "";

    /// <summary>The description as first submitted, kept when a correction replaces it.</summary>
    public string? OriginalDescription { get; set; }

    /// <summary>信息的形式要求 (第二十九条第二款第三项).</summary>
    public InformationForm InformationForm { get; set; }

    /// <summary>获取信息的方式.</summary>
    public DeliveryMethod DeliveryMethod { get; set; }

    public RequestChannel Channel { get; set; }

    public DateTime SubmittedAt { get; set; }

    /// <summary>
    /// 收到申请之日 under 条例 第三十一条; null until it is known (an online, fax or ordinary-mail request waits for both
    /// sides to confirm). The reply clock starts here.
    /// </summary>
    public DateOnly? ReceivedOn { get; set; }

    /// <summary>For registered mail: the day the agency signed for it.</summary>
    public DateOnly? SignedForOn { get; set; }

    /// <summary>For ordinary mail, the internet and fax: the day both sides confirmed (双方确认之日).</summary>
    public DateOnly? ConfirmedOn { get; set; }

    /// <summary>How the confirmation was made (phone call, the platform's confirmation…).</summary>
    public string? ConfirmationNote { get; set; }

    public RequestState State { get; set; }

    /// <summary>The result, one row of the annual report's table 三; set when the request is concluded.</summary>
    public ReplyOutcome? Outcome { get; set; }

    /// <summary>The day the request was concluded: the reply's delivery, or the day it was deemed withdrawn. The annual report counts by it.</summary>
    public DateOnly? ConcludedOn { get; set; }

    /// <summary>The reply clock (条例 第三十三条: 20 working days, +20 with approval).</summary>
    public Guid? ClockId { get; set; }

    /// <summary>True once the one extension allowed by 第三十三条 was approved.</summary>
    public bool Extended { get; set; }

    /// <summary>Staff who registered it (in person, post, fax); null for online requests.</summary>
    public Guid? RegisteredBy { get; set; }

    public DateTime UpdatedAt { get; set; }

    /// <summary>
    /// Keyed blind index of the identity number (<c>IPersonalDataProtector.BlindIndex</c>), to find the same applicant's
    /// requests in a month for the 按件计收 fee (国办函〔2020〕109号 第四条) without decrypting.
    /// </summary>
    public string ApplicantIndex { get; set; } = "";

    public bool IsDemo { get; set; }
    public long Version { get; set; }
}
