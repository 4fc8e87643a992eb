using EGov.Portal.Domain.Articles;
using EGov.Portal.Domain.Channels;

namespace EGov.Portal.Domain;

/// <summary>The Chinese names staff and readers see for the module's enumerations.</summary>
internal static class PortalNames
{
    public static string Of(ArticleStatus status) => status switch
    {
        ArticleStatus.Draft => "草稿",
        ArticleStatus.Submitted => "待审核",
        ArticleStatus.Reviewed => "待保密审查",
        ArticleStatus.Scheduled => "待定时发布",
        ArticleStatus.Published => "已发布",
        ArticleStatus.Withdrawn => "已撤稿",
        ArticleStatus.TakenDown => "已下线",
        ArticleStatus.Returned => "已退回",
        _ => status.ToString(),
    };

    public static string Of(PolicyValidity validity) => validity switch
    {
        PolicyValidity.Valid => "有效",
        PolicyValidity.Expired => "失效",
        PolicyValidity.Repealed => "废止",
        PolicyValidity.Amended => "已修改",
        _ => validity.ToString(),
    };

    public static string Of(ArticleType type) => type switch
    {
        ArticleType.News => "动态要闻",
        ArticleType.Notice => "通知公告",
        ArticleType.PolicyDocument => "政策文件",
        ArticleType.Interpretation => "政策解读",
        ArticleType.Page => "单页",
        ArticleType.Data => "数据发布",
        _ => type.ToString(),
    };

    public static string Of(ChannelKind kind) => kind switch
    {
        ChannelKind.General => "普通栏目",
        ChannelKind.News => "动态要闻（2周更新）",
        ChannelKind.Notice => "通知公告（6个月更新）",
        ChannelKind.PolicyFile => "政策文件（6个月更新）",
        ChannelKind.Interpretation => "政策解读",
        ChannelKind.SinglePage => "单页",
        ChannelKind.Data => "数据发布",
        ChannelKind.Link => "链接到其他系统",
        _ => kind.ToString(),
    };
}
