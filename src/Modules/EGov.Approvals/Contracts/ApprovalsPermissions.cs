namespace EGov.Approvals.Contracts;

/// <summary>Permission names of the 政务服务与行政审批 module (<c>approvals.action</c>); staff queries are scoped by department.</summary>
public static class ApprovalsPermissions
{
    public const string Prefix = "approvals.";

    /// <summary>事项管理: edit and publish the service items of the departments in scope.</summary>
    public const string Catalog = "approvals.catalog";

    /// <summary>窗口收件: register applications handed in at the service hall (一窗受理: for any published item).</summary>
    public const string WindowIntake = "approvals.window_intake";

    /// <summary>预审与受理: check materials, send the one-time correction notice, accept or reject.</summary>
    public const string Accept = "approvals.accept";

    /// <summary>审查: review accepted applications, start special procedures (第四十五条).</summary>
    public const string Review = "approvals.review";

    /// <summary>决定: approve or deny.</summary>
    public const string Decide = "approvals.decide";

    /// <summary>延期审批: held by the agency head (第四十二条).</summary>
    public const string ApproveExtension = "approvals.approve_extension";

    /// <summary>制证、送达、办结.</summary>
    public const string Issue = "approvals.issue";

    /// <summary>证照管理: revoke electronic licences.</summary>
    public const string Licences = "approvals.licences";

    /// <summary>差评整改: call back, rectify, appeal.</summary>
    public const string Rectify = "approvals.rectify";

    /// <summary>Read-only view of applications, ratings and statistics in scope (supervisors, leaders).</summary>
    public const string View = "approvals.view";
}
