namespace EGov.Portal.Contracts;

/// <summary>Permission names of the 门户网站群 module (<c>portal.action</c>).</summary>
public static class PortalPermissions
{
    public const string Prefix = "portal.";

    /// <summary>编辑稿件: write and submit articles in the sites and channels an editor grant gives.</summary>
    public const string Edit = "portal.edit";

    /// <summary>审核稿件: review submitted articles of the sites in scope, send back with comments, withdraw.</summary>
    public const string Review = "portal.review";

    /// <summary>保密审查: the required confidentiality review before publication.</summary>
    public const string ConfidentialityReview = "portal.confidentiality_review";

    /// <summary>站点管理: sites, channel trees, home page blocks and editor grants of the sites in scope.</summary>
    public const string Manage = "portal.manage";

    /// <summary>网站统计与健康检查: page views and the inspection indicators of the sites in scope.</summary>
    public const string Monitor = "portal.monitor";
}
