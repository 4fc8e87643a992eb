using EGov.Platform.Inbox;
using Microsoft.Extensions.Time.Testing;

namespace EGov.UnitTests.Inbox;

public class WarningWindowTests
{
    // 2026-12-01 01:00 in Shanghai is still 2026-11-30 in UTC: the office's date counts.
    private static readonly WarningWindow Window =
        new WorkItemWarnings(new FakeTimeProvider(new DateTimeOffset(2026, 11, 30, 17, 0, 0, TimeSpan.Zero))).Today();

    [Fact]
    public void Today_is_the_date_in_China()
        => Assert.Equal(new DateOnly(2026, 12, 1), Window.Today);

    [Theory]
    [InlineData(2026, 11, 30, WarningLevel.Overdue)]
    [InlineData(2026, 12, 1, WarningLevel.Warning)]
    [InlineData(2026, 12, 3, WarningLevel.Warning)]
    [InlineData(2026, 12, 4, WarningLevel.Normal)]
    public void Level_follows_the_due_date(int year, int month, int day, WarningLevel expected)
        => Assert.Equal(expected, Window.LevelOf(new DateOnly(year, month, day)));

    [Fact]
    public void Item_without_due_date_is_normal()
        => Assert.Equal(WarningLevel.Normal, Window.LevelOf(null));
}
