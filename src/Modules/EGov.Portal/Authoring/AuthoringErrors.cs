using EGov.Platform.Results;

namespace EGov.Portal.Authoring;

/// <summary>The expected failures of article editing and site management, with stable codes and Chinese messages.</summary>
internal static class AuthoringErrors
{
    public static readonly Error ArticleNotFound = Error.NotFound("portal.article_not_found", "稿件不存在，或不在您可编辑的站点和栏目中。");

    public static readonly Error NoGrant = Error.Forbidden("portal.no_editor_grant", "您没有在该站点或栏目编辑稿件的权限，请联系站点管理员授权。");

    public static readonly Error ArticleChanged = Error.Conflict("portal.article_changed", "该稿件已被他人修改，请刷新后再保存");

    public static readonly Error PublishedNotEditable = Error.Conflict(
        "portal.article_published", "已发布或待定时发布的稿件不能直接修改：请先撤稿，再“重新编辑”转为草稿，修改后重新提交审核。");

    public static readonly Error WithdrawnNotEditable = Error.Conflict(
        "portal.article_withdrawn", "已撤稿或已下线的稿件请先“重新编辑”转为草稿，再修改。");

    public static readonly Error InReviewNotEditable = Error.Conflict(
        "portal.article_in_review", "稿件正在审核或保密审查中，不能修改；如需修改，请审核人退回。");

    public static readonly Error OnlyDraftsDeleted = Error.Conflict("portal.article_not_draft", "只有草稿可以删除；已提交或发布过的稿件请走撤稿流程。");

    public static readonly Error AttachmentNotFound = Error.NotFound("portal.attachment_not_found", "附件不存在。");

    public static readonly Error RevisionNotFound = Error.NotFound("portal.revision_not_found", "该版本不存在。");

    public static readonly Error SiteNotFound = Error.NotFound("portal.site_not_found", "站点不存在，或不在您的管理范围内。");

    public static readonly Error SiteChanged = Error.Conflict("portal.site_changed", "该站点已被他人修改，请刷新后再保存。");

    public static readonly Error ChannelNotFound = Error.NotFound("portal.channel_not_found", "栏目不存在。");

    public static readonly Error ChannelChanged = Error.Conflict("portal.channel_changed", "该栏目已被他人修改，请刷新后再保存。");

    public static readonly Error ChannelHasChildren = Error.Conflict("portal.channel_has_children", "该栏目下还有子栏目，不能删除；请先删除或移走子栏目。");

    public static readonly Error ChannelHasArticles = Error.Conflict("portal.channel_has_articles", "该栏目下还有稿件，不能删除；请先把稿件移走或删除。");

    public static readonly Error BlockNotFound = Error.NotFound("portal.block_not_found", "首页区块不存在。");

    public static readonly Error GrantNotFound = Error.NotFound("portal.grant_not_found", "编辑授权不存在。");
}
