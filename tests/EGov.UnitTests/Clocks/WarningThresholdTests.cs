using EGov.Platform.Clocks;
using EGov.UnitTests.Calendar;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static EGov.UnitTests.Calendar.Calendars;

namespace EGov.UnitTests.Clocks;

/// <summary>The warning thresholds the security administrator sets drive new and open clocks, on the holiday calendar.</summary>
public sealed class WarningThresholdTests : IDisposable
{
    // Today Mon 2025-09-29. 4 working days from Fri 09-26: Sun 09-28 (make-up workday), 09-29, 09-30, then National Day
    // (10-01..08 off) → due Thu 10-09. One working day before: 09-30; two: 09-29.
    private readonly CalendarClockHost _host = new(D(2025, 9, 29));

    public void Dispose() => _host.Dispose();

    private static StatutoryClock Start(ClockService clocks, int workingDays, string caseId = "1")
        => clocks.Start(new ClockStart("disclosure", "request", caseId, "测试", D(2025, 9, 26), ClockLimit.WorkingDays(workingDays))).Value;

    private async Task ChangeAsync(WarningThresholds thresholds)
    {
        await using var scope = _host.NewScope();
        Assert.True((await scope.ServiceProvider.GetRequiredService<ClockThresholdChanges>().ChangeAsync(thresholds, "secadmin")).IsSuccess);
    }

    [Fact]
    public async Task A_new_clock_warns_two_working_days_before_across_National_Day_after_the_change()
    {
        Assert.Equal(D(2025, 9, 30), Start(_host.Clocks, 4).WarningFrom);

        await ChangeAsync(new WarningThresholds(true, 2, 0));
        await using var scope = _host.NewScope();
        var clock = Start(scope.ServiceProvider.GetRequiredService<ClockService>(), 4, "2");

        Assert.Equal(D(2025, 10, 9), clock.DueDate);
        Assert.Equal(D(2025, 9, 29), clock.WarningFrom);
        Assert.Equal(WarningLevel.Warning, clock.WarningLevel);
    }

    [Fact]
    public async Task The_recomputation_moves_the_open_clocks_and_leaves_the_stopped_ones()
    {
        var open = Start(_host.Clocks, 4, "open");
        var stopped = Start(_host.Clocks, 4, "stopped");
        _host.Clocks.Stop(stopped, "答复");
        await _host.Db.SaveChangesAsync();
        Assert.Equal(WarningLevel.Normal, open.WarningLevel);

        await ChangeAsync(new WarningThresholds(true, 2, 0));
        await using var scope = _host.NewScope();
        var changed = await scope.ServiceProvider.GetRequiredService<WarningRecomputation>().RunAsync(CancellationToken.None);

        var db = scope.ServiceProvider.GetRequiredService<Platform.Data.EGovDbContext>();
        var clocks = await db.Set<StatutoryClock>().AsNoTracking().ToDictionaryAsync(c => c.CaseId);
        Assert.Equal(1, changed);
        Assert.Equal((D(2025, 9, 29), WarningLevel.Warning), (clocks["open"].WarningFrom, clocks["open"].WarningLevel));
        Assert.Equal(D(2025, 9, 30), clocks["stopped"].WarningFrom);
        var progress = await scope.ServiceProvider.GetRequiredService<ClockThresholdChanges>().ProgressAsync();
        Assert.Equal((false, 1, 1), (progress!.Running, progress.Done, progress.Total));
        Assert.Contains("clock.thresholds_changed", _host.Audit.Actions);
        Assert.Contains("clock.warnings_recomputed", _host.Audit.Actions);
    }

    [Fact]
    public async Task A_share_of_the_limit_counts_working_days_back_from_the_due_date()
    {
        await ChangeAsync(new WarningThresholds(true, 1, 50));
        await using var scope = _host.NewScope();

        // 20 working days from 09-26 → Thu 10-30; half of them, 10 working days before: Thu 10-16.
        var clock = Start(scope.ServiceProvider.GetRequiredService<ClockService>(), 20);

        Assert.Equal(D(2025, 10, 16), clock.WarningFrom);
    }

    [Fact]
    public async Task A_disabled_warning_rule_lets_no_clock_warn_before_it_is_overdue()
    {
        await ChangeAsync(new WarningThresholds(false, 1, 20));
        await using var scope = _host.NewScope();

        var clock = Start(scope.ServiceProvider.GetRequiredService<ClockService>(), 4);

        Assert.Equal(clock.DueAt, clock.WarningAt);
        Assert.Equal(WarningLevel.Normal, clock.LevelOn(D(2025, 10, 9)));
        Assert.Equal(WarningLevel.Overdue, clock.LevelOn(D(2025, 10, 10)));
    }

    [Theory]
    [InlineData(11, 20, "days")]
    [InlineData(-1, 20, "days")]
    [InlineData(1, 101, "percent")]
    public async Task Thresholds_out_of_range_are_refused(int days, int percent, string field)
    {
        await using var scope = _host.NewScope();

        var result = await scope.ServiceProvider.GetRequiredService<ClockThresholdChanges>().ChangeAsync(new WarningThresholds(true, days, percent), "secadmin");

        Assert.Equal("clock.thresholds_invalid", result.Error!.Code);
        Assert.Contains(field, result.Error.Fields!.Keys);
        Assert.Equal(new WarningThresholds(true, 1, 20), scope.ServiceProvider.GetRequiredService<ClockThresholds>().Current);
    }
}
