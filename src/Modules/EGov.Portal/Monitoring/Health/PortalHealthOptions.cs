namespace EGov.Portal.Monitoring.Health;

/// <summary>
/// Thresholds of the site health check (section <c>Portal:Health</c>). The defaults are the 单项否决 rules of the
/// 《政府网站与政务新媒体检查指标》 (国办秘函〔2019〕19号).
/// </summary>
internal sealed class PortalHealthOptions
{
    public const string Section = "Portal:Health";

    /// <summary>栏目不更新 1: 动态/要闻 columns not updated in the 2 weeks before the check.</summary>
    public int NewsCycleDays { get; set; } = 14;

    /// <summary>栏目不更新 1: 通知公告/政策文件 columns not updated in the 6 months before the check.</summary>
    public int NoticeCycleMonths { get; set; } = 6;

    /// <summary>首页不更新: the home page is monitored for 2 weeks.</summary>
    public int HomeWindowDays { get; set; } = 14;

    /// <summary>
    /// 栏目不更新 2: "应更新但长期未更新" has no period in the indicators. UNCONFIRMED: 12 months is local practice;
    /// applies to general, data and interpretation channels.
    /// </summary>
    public int LongStaleMonths { get; set; } = 12;

    /// <summary>栏目不更新 1 vetoes at this many channels (≥5).</summary>
    public int StaleChannelThreshold { get; set; } = 5;

    /// <summary>栏目不更新 2 vetoes at this many long-stale channels (≥10).</summary>
    public int LongStaleChannelThreshold { get; set; } = 10;

    /// <summary>栏目不更新 3 vetoes at this many blank channels (≥5).</summary>
    public int BlankChannelThreshold { get; set; } = 5;

    public bool IsValid() => NewsCycleDays > 0 && NoticeCycleMonths > 0 && HomeWindowDays > 0 && LongStaleMonths > 0
        && StaleChannelThreshold > 0 && LongStaleChannelThreshold > 0 && BlankChannelThreshold > 0;
}
