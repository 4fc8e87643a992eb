using EGov.Platform.Time;

namespace EGov.Portal.Monitoring.Health;

/// <summary>The website 单项否决 items of the 2019 检查指标 that the platform can measure itself: 首页不更新 and 栏目不更新.</summary>
internal static class VetoRules
{
    public static HomeUpdate Home(DateTime? lastUpdate, DateOnly today, PortalHealthOptions options)
    {
        var window = UpdateCycle.Days(options.HomeWindowDays);
        if (lastUpdate is null)
        {
            // Undated or never updated counts as not updated.
            return new HomeUpdate(null, null, options.HomeWindowDays, true);
        }

        var date = ChinaTime.DateOf(lastUpdate.Value);
        return new HomeUpdate(lastUpdate, today.DayNumber - date.DayNumber, options.HomeWindowDays, !window.IsMet(date, today));
    }

    public static IReadOnlyList<VetoIndicator> Indicators(HomeUpdate home, ChannelVerdicts channels, PortalHealthOptions options) =>
    [
        new("home_not_updated", "首页不更新", $"监测{options.HomeWindowDays}天内首页无更新", home.DaysSince, options.HomeWindowDays, "天", home.Stale),
        AtLeast("channels_not_updated", "栏目不更新：未按期更新",
            $"动态要闻类栏目{options.NewsCycleDays}天、通知公告和政策文件类栏目{options.NoticeCycleMonths}个月内未更新的栏目数",
            channels.Stale.Count, options.StaleChannelThreshold),
        AtLeast("channels_long_stale", "栏目不更新：长期未更新",
            $"应更新但超过{options.LongStaleMonths}个月未更新的栏目数", channels.LongStale.Count, options.LongStaleChannelThreshold),
        AtLeast("channels_blank", "栏目不更新：空白栏目", "没有任何已发布信息的栏目数", channels.Blank.Count, options.BlankChannelThreshold),
    ];

    private static VetoIndicator AtLeast(string code, string name, string rule, int figure, int threshold)
        => new(code, name, rule, figure, threshold, "个", figure >= threshold);
}
