namespace EGov.Portal.Domain.Channels;

/// <summary>
/// What a channel carries. The kind decides the update cycle the 2019 检查指标 expects: 动态/要闻 within 2 weeks,
/// 通知公告 and 政策文件 within 6 months (see <c>PortalHealthOptions</c>).
/// </summary>
internal enum ChannelKind
{
    /// <summary>A plain list of articles without a statutory update cycle.</summary>
    General = 1,

    /// <summary>政务动态/要闻/部门动态: 2-week cycle.</summary>
    News = 2,

    /// <summary>通知公告: 6-month cycle.</summary>
    Notice = 3,

    /// <summary>文件资料/政策文件: 6-month cycle; its articles carry 文号 and validity.</summary>
    PolicyFile = 4,

    /// <summary>政策解读: articles linked to their policy file.</summary>
    Interpretation = 5,

    /// <summary>A single page (概况信息, 机构职能, 负责人信息): shows its latest article in full.</summary>
    SinglePage = 6,

    /// <summary>数据发布.</summary>
    Data = 7,

    /// <summary>An entry into another system of the platform (信息公开, 政务服务, 互动交流); holds no articles.</summary>
    Link = 8,
}
