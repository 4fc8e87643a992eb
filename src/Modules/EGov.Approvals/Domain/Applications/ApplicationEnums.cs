namespace EGov.Approvals.Domain.Applications;

internal enum ApplicationChannel
{
    /// <summary>网上申请.</summary>
    Online,

    /// <summary>窗口收件: registered by staff at the service hall.</summary>
    Window,
}

/// <summary>申请人类型 with the 好差评 userProp codes as values.</summary>
internal enum ApplicantKind
{
    NaturalPerson = 1,
    EnterpriseLegalPerson = 2,
    InstitutionLegalPerson = 3,
    SocialOrganization = 4,
    UnincorporatedEnterprise = 5,
    GovernmentAgency = 6,
    OtherOrganization = 9,
}

internal enum ApplicationState
{
    /// <summary>已提交，待预审: within the 5-day window of 第三十二条.</summary>
    Submitted,

    /// <summary>待补正: the one-time correction notice was sent; waiting for the applicant.</summary>
    AwaitingCorrection,

    /// <summary>已受理，审查中.</summary>
    UnderReview,

    /// <summary>已决定 (准予 or 不予); the result is being produced.</summary>
    Decided,

    /// <summary>已出证/出文: the result waits for delivery.</summary>
    ResultProduced,

    /// <summary>已送达.</summary>
    Delivered,

    /// <summary>已办结.</summary>
    Concluded,

    /// <summary>不予受理 (concluded).</summary>
    Rejected,

    /// <summary>申请人撤回 (concluded).</summary>
    Withdrawn,
}

internal enum Decision
{
    Approved,
    Denied,
}
