namespace EGov.Disclosure.Domain.Requests;

/// <summary>The applicant columns of the annual report's table 三 (国办公开办函〔2021〕30号).</summary>
internal enum ApplicantType
{
    /// <summary>自然人.</summary>
    NaturalPerson = 1,

    /// <summary>法人或其他组织 — 商业企业.</summary>
    CommercialEnterprise = 2,

    /// <summary>法人或其他组织 — 科研机构.</summary>
    ResearchInstitution = 3,

    /// <summary>法人或其他组织 — 社会公益组织.</summary>
    PublicInterestOrganization = 4,

    /// <summary>法人或其他组织 — 法律服务机构.</summary>
    LegalServiceInstitution = 5,

    /// <summary>法人或其他组织 — 其他.</summary>
    OtherOrganization = 6,
}

/// <summary>How the request reached the agency; decides the receipt date (条例 第三十一条).</summary>
internal enum RequestChannel
{
    /// <summary>网上申请 through the platform: received when both sides confirm.</summary>
    Online = 1,

    /// <summary>当面提交: received on the day it is handed in.</summary>
    InPerson = 2,

    /// <summary>挂号信、EMS 等需签收的邮件: received on the day the agency signs for it.</summary>
    RegisteredMail = 3,

    /// <summary>平信: received on the day the office confirms it with the applicant.</summary>
    OrdinaryMail = 4,

    /// <summary>传真: received on the day both sides confirm.</summary>
    Fax = 5,

    /// <summary>当面口头申请, written down by the office (第二十九条第一款).</summary>
    Oral = 6,
}

/// <summary>信息的载体形式.</summary>
internal enum InformationForm
{
    /// <summary>纸质.</summary>
    Paper = 1,

    /// <summary>电子数据.</summary>
    Electronic = 2,
}

/// <summary>获取信息的方式.</summary>
internal enum DeliveryMethod
{
    /// <summary>在平台上获取 (the applicant's space or the query page).</summary>
    Online = 1,

    /// <summary>邮寄 (only through 邮政企业, never 到付: 国办公开办函〔2016〕235号).</summary>
    Post = 2,

    /// <summary>电子邮件.</summary>
    Email = 3,

    /// <summary>当面领取.</summary>
    Pickup = 4,

    /// <summary>现场查阅、抄录 (第四十条).</summary>
    OnSiteReading = 5,
}

/// <summary>Where a request stands. Requests in <see cref="Replied"/>, <see cref="Archived"/> and <see cref="Terminated"/> are concluded.</summary>
internal enum RequestState
{
    /// <summary>待确认: submitted online, by fax or by ordinary mail; the receipt date waits for both sides to confirm.</summary>
    AwaitingConfirmation = 0,

    /// <summary>办理中: received, the clock runs.</summary>
    Handling = 1,

    /// <summary>待补正: the correction notice was sent (clock paused until the corrected request arrives).</summary>
    AwaitingCorrection = 2,

    /// <summary>征求意见中: a third party or another agency is consulted (not counted).</summary>
    InConsultation = 3,

    /// <summary>待缴费: a fee notice was sent (not counted).</summary>
    AwaitingFee = 4,

    /// <summary>答复待审核.</summary>
    ReplyDrafted = 5,

    /// <summary>答复待签发.</summary>
    ReplyReviewed = 6,

    /// <summary>答复待送达.</summary>
    ReplySignedOff = 7,

    /// <summary>已答复 (delivered).</summary>
    Replied = 8,

    /// <summary>已归档.</summary>
    Archived = 9,

    /// <summary>已终止: deemed withdrawn (no correction, no payment) or withdrawn by the applicant.</summary>
    Terminated = 10,
}
