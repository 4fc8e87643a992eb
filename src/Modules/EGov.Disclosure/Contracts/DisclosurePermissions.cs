namespace EGov.Disclosure.Contracts;

/// <summary>Permission names of the 政府信息公开 module (<c>disclosure.action</c>); staff queries are scoped by department.</summary>
public static class DisclosurePermissions
{
    public const string Prefix = "disclosure.";

    /// <summary>信息编目: create and edit catalog items of the agencies in scope, submit them for review, publish reviewed ones.</summary>
    public const string Catalog = "disclosure.catalog";

    /// <summary>保密审查: review catalog items before publication (条例 第十七条).</summary>
    public const string ConfidentialityReview = "disclosure.confidentiality_review";

    /// <summary>依申请公开办理: register, confirm, correct, consult, charge, draft replies, deliver, archive, record disputes.</summary>
    public const string Handle = "disclosure.handle";

    /// <summary>答复审核.</summary>
    public const string Review = "disclosure.review";

    /// <summary>答复签发.</summary>
    public const string SignOff = "disclosure.sign_off";

    /// <summary>延期答复审批: held by the head of the 政府信息公开工作机构 (条例 第三十三条第二款).</summary>
    public const string ApproveExtension = "disclosure.approve_extension";

    /// <summary>公开指南、目录分类、告知书模板、年度报告.</summary>
    public const string Manage = "disclosure.manage";

    /// <summary>Read-only view of requests and catalog items in scope, and the statistics (supervisors, leaders).</summary>
    public const string View = "disclosure.view";
}
