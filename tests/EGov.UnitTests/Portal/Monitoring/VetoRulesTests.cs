using EGov.Platform.Time;
using EGov.Portal.Domain.Channels;
using EGov.Portal.Monitoring.Health;

namespace EGov.UnitTests.Portal.Monitoring;

public sealed class VetoRulesTests
{
    private static readonly DateOnly Today = new(2026, 11, 28);
    private static readonly PortalHealthOptions Defaults = new();

    /// <summary>Noon in China on the day <paramref name="daysAgo"/> before the check.</summary>
    private static DateTime DaysAgo(int daysAgo) => ChinaTime.StartOfDay(Today.AddDays(-daysAgo)).AddHours(12);

    private static ChannelFacts Channel(ChannelKind kind, DateTime? last, Guid? parent = null)
        => new(Guid.NewGuid(), parent, "c" + Guid.NewGuid().ToString("N")[..6], "栏目", kind, last);

    private static VetoIndicator Indicator(IReadOnlyList<ChannelFacts> channels, string code)
        => VetoRules.Indicators(VetoRules.Home(DaysAgo(0), Today, Defaults), ChannelRules.Judge(channels, Today, Defaults), Defaults)
            .Single(i => i.Code == code);

    [Fact]
    public void Home_updated_13_days_ago_is_within_the_two_week_window()
    {
        var home = VetoRules.Home(DaysAgo(13), Today, Defaults);

        Assert.False(home.Stale);
        Assert.Equal(13, home.DaysSince);
    }

    [Fact]
    public void Home_updated_14_days_ago_is_not_updated_and_vetoes()
    {
        var home = VetoRules.Home(DaysAgo(14), Today, Defaults);
        var indicator = VetoRules.Indicators(home, new ChannelVerdicts(), Defaults).Single(i => i.Code == "home_not_updated");

        Assert.True(home.Stale);
        Assert.True(indicator.Crossed);
        Assert.Equal(14, indicator.Figure);
        Assert.Equal("否决", indicator.Mark);
    }

    [Fact]
    public void Home_without_any_update_counts_as_not_updated()
    {
        var home = VetoRules.Home(null, Today, Defaults);

        Assert.True(home.Stale);
        Assert.Null(home.DaysSince);
    }

    [Fact]
    public void Home_update_just_before_midnight_China_time_counts_for_that_China_date()
    {
        // 2026-11-14 23:30 in China is 15:30 UTC: 14 China days before the check, so stale.
        var lastUpdate = ChinaTime.StartOfDay(Today.AddDays(-14)).AddHours(23.5);

        Assert.True(VetoRules.Home(lastUpdate, Today, Defaults).Stale);
        Assert.False(VetoRules.Home(lastUpdate.AddHours(1), Today, Defaults).Stale);
    }

    [Theory]
    [InlineData(13, false)]
    [InlineData(14, true)]
    public void News_channel_is_out_of_cycle_from_the_14th_day(int daysAgo, bool stale)
    {
        var verdicts = ChannelRules.Judge([Channel(ChannelKind.News, DaysAgo(daysAgo))], Today, Defaults);

        Assert.Equal(stale ? 1 : 0, verdicts.Stale.Count);
    }

    [Theory]
    [InlineData((int)ChannelKind.Notice)]
    [InlineData((int)ChannelKind.PolicyFile)]
    public void Notice_and_policy_channels_are_out_of_cycle_from_six_months(int kindValue)
    {
        var kind = (ChannelKind)kindValue;
        var sixMonths = ChinaTime.StartOfDay(Today.AddMonths(-6)).AddHours(12);

        Assert.Single(ChannelRules.Judge([Channel(kind, sixMonths)], Today, Defaults).Stale);
        Assert.Empty(ChannelRules.Judge([Channel(kind, sixMonths.AddDays(1))], Today, Defaults).Stale);
    }

    [Theory]
    [InlineData(4, false)]
    [InlineData(5, true)]
    public void Stale_channels_veto_from_five(int count, bool crossed)
    {
        var channels = Enumerable.Range(0, count).Select(_ => Channel(ChannelKind.News, DaysAgo(30))).ToList();

        var indicator = Indicator(channels, "channels_not_updated");

        Assert.Equal(count, indicator.Figure);
        Assert.Equal(5, indicator.Threshold);
        Assert.Equal(crossed, indicator.Crossed);
    }

    [Theory]
    [InlineData(9, false)]
    [InlineData(10, true)]
    public void Long_stale_channels_veto_from_ten(int count, bool crossed)
    {
        var year = ChinaTime.StartOfDay(Today.AddMonths(-12)).AddHours(12);
        var channels = Enumerable.Range(0, count).Select(i => Channel(i % 2 == 0 ? ChannelKind.General : ChannelKind.Data, year)).ToList();

        Assert.Equal(crossed, Indicator(channels, "channels_long_stale").Crossed);
    }

    [Theory]
    [InlineData(4, false)]
    [InlineData(5, true)]
    public void Blank_channels_veto_from_five(int count, bool crossed)
    {
        var channels = Enumerable.Range(0, count).Select(_ => Channel(ChannelKind.SinglePage, null)).ToList();

        Assert.Equal(crossed, Indicator(channels, "channels_blank").Crossed);
    }

    [Fact]
    public void General_channel_updated_eleven_months_ago_is_not_long_stale()
    {
        var verdicts = ChannelRules.Judge([Channel(ChannelKind.General, DaysAgo(330))], Today, Defaults);

        Assert.Empty(verdicts.LongStale);
        Assert.Empty(verdicts.Stale);
    }

    [Fact]
    public void Blank_news_channel_counts_only_as_blank_and_link_channels_are_not_judged()
    {
        var verdicts = ChannelRules.Judge([Channel(ChannelKind.News, null), Channel(ChannelKind.Link, null)], Today, Defaults);

        Assert.Single(verdicts.Blank);
        Assert.Empty(verdicts.Stale);
        Assert.Equal(ChannelKind.News, verdicts.Blank[0].Kind);
    }

    [Fact]
    public void Parent_channel_is_judged_by_its_subtree()
    {
        var parent = Channel(ChannelKind.News, null);
        var child = Channel(ChannelKind.General, DaysAgo(2), parent.Id);

        var verdicts = ChannelRules.Judge([parent, child], Today, Defaults);

        Assert.Empty(verdicts.Blank);
        Assert.Empty(verdicts.Stale);
    }

    [Fact]
    public void Thresholds_come_from_the_settings()
    {
        var options = new PortalHealthOptions { NewsCycleDays = 7, StaleChannelThreshold = 1 };

        var verdicts = ChannelRules.Judge([Channel(ChannelKind.News, DaysAgo(7))], Today, options);
        var indicator = VetoRules.Indicators(VetoRules.Home(DaysAgo(0), Today, options), verdicts, options).Single(i => i.Code == "channels_not_updated");

        Assert.True(indicator.Crossed);
        Assert.Equal("超过7天未更新", verdicts.Stale[0].Rule);
    }
}
