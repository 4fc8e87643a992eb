namespace EGov.Approvals.Contracts;

/// <summary>Permission names of the 政务服务与行政审批 module (<c>approvals.action</c>).</summary>
public static class ApprovalsPermissions
{
    public const string Prefix = "approvals.";
}
