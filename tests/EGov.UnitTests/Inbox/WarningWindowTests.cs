using EGov.Platform.Clocks;
using EGov.Platform.Inbox;
using EGov.UnitTests.Calendar;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace EGov.UnitTests.Inbox;

public class WarningWindowTests
{
    // 2026-12-01 01:00 in Shanghai is still 2026-11-30 in UTC: the office's date counts.
    private static readonly WarningWindow Tuesday = WindowAt(new DateTimeOffset(2026, 11, 30, 17, 0, 0, TimeSpan.Zero));

    // Friday 2026-12-04 in Shanghai: one working day later is Monday 2026-12-07.
    private static readonly WarningWindow Friday = WindowAt(new DateTimeOffset(2026, 12, 4, 2, 0, 0, TimeSpan.Zero));

    [Fact]
    public void Today_is_the_date_in_China()
        => Assert.Equal(new DateOnly(2026, 12, 1), Tuesday.Today);

    [Theory]
    [InlineData(2026, 11, 30, WarningLevel.Overdue)]
    [InlineData(2026, 12, 1, WarningLevel.Warning)]
    [InlineData(2026, 12, 2, WarningLevel.Warning)]
    [InlineData(2026, 12, 3, WarningLevel.Normal)]
    public void Level_follows_the_due_date(int year, int month, int day, WarningLevel expected)
        => Assert.Equal(expected, Tuesday.LevelOf(new DateOnly(year, month, day)));

    [Theory]
    [InlineData(6, WarningLevel.Warning)]
    [InlineData(7, WarningLevel.Warning)]
    [InlineData(8, WarningLevel.Normal)]
    public void Warning_counts_working_days_over_the_weekend(int day, WarningLevel expected)
        => Assert.Equal(expected, Friday.LevelOf(new DateOnly(2026, 12, day)));

    [Fact]
    public void Item_without_due_date_is_normal()
        => Assert.Equal(WarningLevel.Normal, Tuesday.LevelOf(null));

    private static WarningWindow WindowAt(DateTimeOffset now)
        => new WorkItemWarnings(new FakeTimeProvider(now), Calendars.Shipped(), Options.Create(new ClockOptions())).Today();
}
