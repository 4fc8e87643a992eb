using EGov.Portal.Domain.Channels;

namespace EGov.Portal.Sites;

/// <summary>A channel of a default tree, with its children.</summary>
internal sealed record ChannelTemplate(string Code, string Name, ChannelKind Kind, string? LinkUrl = null, params ChannelTemplate[] Children);

/// <summary>
/// The channel trees a new site starts with. The portal carries the columns the 政府网站发展指引 requires
/// (概况信息、机构职能、负责人信息、文件资料、政务动态、信息公开、数据发布、政务服务、互动交流); all stay editable.
/// </summary>
internal static class DefaultChannels
{
    public static IReadOnlyList<ChannelTemplate> Portal { get; } =
    [
        new("gkxx", "概况信息", ChannelKind.SinglePage),
        new("jgzn", "机构职能", ChannelKind.SinglePage),
        new("fzrxx", "负责人信息", ChannelKind.SinglePage),
        new("wjzl", "文件资料", ChannelKind.PolicyFile, null,
            new ChannelTemplate("zcjd", "政策解读", ChannelKind.Interpretation)),
        new("zwdt", "政务动态", ChannelKind.News, null,
            new ChannelTemplate("yw", "要闻", ChannelKind.News),
            new ChannelTemplate("tzgg", "通知公告", ChannelKind.Notice),
            new ChannelTemplate("bmdt", "部门动态", ChannelKind.News)),
        new("xxgk", "信息公开", ChannelKind.Link, "/disclosure"),
        new("sjfb", "数据发布", ChannelKind.Data),
        new("zwfw", "政务服务", ChannelKind.Link, "/services"),
        new("hdjl", "互动交流", ChannelKind.Link, "/interaction"),
    ];

    public static IReadOnlyList<ChannelTemplate> SubSite { get; } =
    [
        new("jggk", "机构概况", ChannelKind.SinglePage),
        new("gzdt", "工作动态", ChannelKind.News),
        new("tzgg", "通知公告", ChannelKind.Notice),
        new("zcwj", "政策文件", ChannelKind.PolicyFile),
        new("zcjd", "政策解读", ChannelKind.Interpretation),
        new("xxgk", "信息公开", ChannelKind.Link, "/disclosure"),
    ];

    /// <summary>Home blocks of the portal: (channel code, layout, items).</summary>
    public static IReadOnlyList<(string Channel, Domain.Sites.HomeBlockLayout Layout, int Items)> PortalBlocks { get; } =
    [
        ("yw", Domain.Sites.HomeBlockLayout.Headline, 6),
        ("tzgg", Domain.Sites.HomeBlockLayout.List, 6),
        ("wjzl", Domain.Sites.HomeBlockLayout.Cards, 4),
        ("zcjd", Domain.Sites.HomeBlockLayout.Cards, 4),
        ("bmdt", Domain.Sites.HomeBlockLayout.List, 6),
    ];

    public static IReadOnlyList<(string Channel, Domain.Sites.HomeBlockLayout Layout, int Items)> SubSiteBlocks { get; } =
    [
        ("gzdt", Domain.Sites.HomeBlockLayout.Headline, 6),
        ("tzgg", Domain.Sites.HomeBlockLayout.List, 6),
        ("zcwj", Domain.Sites.HomeBlockLayout.List, 5),
        ("zcjd", Domain.Sites.HomeBlockLayout.List, 5),
    ];
}
