namespace EGov.Proposals.Contracts;

/// <summary>Permission names of the 建议提案与督查督办 module (<c>proposals.action</c>).</summary>
public static class ProposalsPermissions
{
    public const string Prefix = "proposals.";
}
