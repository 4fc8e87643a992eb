using EGov.Oversight.Statistics;
using EGov.Platform.Time;
using Microsoft.Extensions.Time.Testing;

namespace EGov.UnitTests.Oversight;

public sealed class StatisticsPeriodTests
{
    // 2026-11-30 17:00 UTC is already 1 December in China.
    private readonly FakeTimeProvider _time = new(new DateTimeOffset(2026, 11, 30, 17, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Without_months_the_period_runs_from_January_to_the_current_month_in_China()
    {
        var period = StatisticsPeriod.Of(null, null, _time).Value;

        Assert.Equal((new DateOnly(2026, 1, 1), new DateOnly(2026, 12, 1)), (period.From, period.To));
        Assert.Equal(12, period.Months.Count);
        Assert.Equal(new DateOnly(2026, 12, 31), period.LastDay);
    }

    [Fact]
    public void A_month_starts_and_ends_at_midnight_in_China()
    {
        var period = StatisticsPeriod.Of("2026-11", "2026-11", _time).Value;

        Assert.Equal(new DateTime(2026, 10, 31, 16, 0, 0, DateTimeKind.Utc), period.FromUtc);
        Assert.Equal(new DateTime(2026, 11, 30, 16, 0, 0, DateTimeKind.Utc), period.ToUtcExclusive);
        Assert.Equal("2026年11月", period.Label);
    }

    [Theory]
    [InlineData("2026-13", null, "oversight.statistics.month_invalid", "from")]
    [InlineData("2026/01", null, "oversight.statistics.month_invalid", "from")]
    [InlineData(null, "26-1", "oversight.statistics.month_invalid", "to")]
    [InlineData("2026-06", "2026-05", "oversight.statistics.period_reversed", "from")]
    [InlineData("2023-01", "2026-01", "oversight.statistics.period_too_long", "to")]
    public void Bad_months_are_refused_with_the_field_named(string? from, string? to, string code, string field)
    {
        var period = StatisticsPeriod.Of(from, to, _time);

        Assert.False(period.IsSuccess);
        Assert.Equal(code, period.Error!.Code);
        Assert.True(period.Error.Fields!.ContainsKey(field));
    }

    [Fact]
    public void Thirty_six_months_are_allowed()
    {
        Assert.True(StatisticsPeriod.Of("2024-01", "2026-12", _time).IsSuccess);
    }

    [Fact]
    public void Overdue_clocks_of_a_past_month_are_counted_at_its_end_and_of_the_current_month_now()
    {
        var now = _time.GetUtcNow().UtcDateTime;

        Assert.Equal(ChinaTime.StartOfDay(new DateOnly(2026, 11, 1)), StatisticsPeriod.EndOf(new DateOnly(2026, 10, 1), now));
        Assert.Equal(now, StatisticsPeriod.EndOf(new DateOnly(2026, 12, 1), now));
    }
}
