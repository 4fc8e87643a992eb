namespace EGov.Approvals.Domain.Items;

/// <summary>事项类型 with the national codes (approvals.md §2.2); the value is the code.</summary>
internal enum ItemType
{
    Licensing = 1,
    Penalty = 2,
    Coercion = 3,
    Levy = 4,
    Benefit = 5,
    Inspection = 6,
    Confirmation = 7,
    Reward = 8,
    Adjudication = 9,
    OtherPower = 10,
    PublicService = 20,
}

/// <summary>行使层级.</summary>
internal enum ExerciseLevel
{
    National,
    Provincial,
    City,
    County,
    Township,
    Village,
}

/// <summary>权力来源.</summary>
internal enum PowerSource
{
    Statutory,
    DelegatedDown,
    AuthorizedByUpper,
    AuthorizedByPeer,
    EntrustedByUpper,
    EntrustedByPeer,
}

/// <summary>实施主体性质.</summary>
internal enum ImplementerNature
{
    StatutoryAgency,
    AuthorizedOrganization,
    EntrustedOrganization,
}

/// <summary>服务对象, several; the flags follow the 好差评 userProp codes 1–6 and 9 in order.</summary>
[Flags]
internal enum ServiceObjects
{
    None = 0,
    NaturalPerson = 1,
    EnterpriseLegalPerson = 2,
    InstitutionLegalPerson = 4,
    SocialOrganization = 8,
    UnincorporatedEnterprise = 16,
    GovernmentAgency = 32,
    OtherOrganization = 64,
}

/// <summary>办件类型: 即办件 = 1, 承诺件 = 2 (approvals.md §2.2).</summary>
internal enum CaseKind
{
    Immediate = 1,
    Committed = 2,
}

/// <summary>网上办理深度 Ⅰ–Ⅳ; Ⅳ = 全程网办.</summary>
internal enum OnlineDepthLevel
{
    Level1 = 1,
    Level2 = 2,
    Level3 = 3,
    Level4 = 4,
}

/// <summary>结果送达方式, several.</summary>
[Flags]
internal enum DeliveryOptions
{
    None = 0,
    Window = 1,
    Post = 2,
    Electronic = 4,
}

/// <summary>通办范围.</summary>
internal enum ServiceScope
{
    Nationwide,
    CrossProvince,
    Province,
    City,
    District,
}

/// <summary>审批结果类型.</summary>
internal enum ResultType
{
    None,
    Certificate,
    Document,
    Approval,
}

internal enum MaterialSource
{
    Applicant,
    GovernmentIssued,
    Other,
}

internal enum MaterialForm
{
    Paper,
    Electronic,
    PaperAndElectronic,
}

/// <summary>材料必要性: 容缺 materials may follow after acceptance (容缺受理).</summary>
internal enum MaterialNecessity
{
    Required,
    Optional,
    Deferrable,
}

/// <summary>The stage of an application a process step covers.</summary>
internal enum StepStage
{
    Acceptance,
    Review,
    Decision,
    Issue,
    Delivery,
}

internal enum FieldKind
{
    Text,
    LongText,
    Number,
    Date,
    Choice,
    IdNumber,
    CreditCode,
    Phone,
    Address,
    Table,
}

internal enum ItemStatus
{
    Draft,
    Published,
    Suspended,
}
