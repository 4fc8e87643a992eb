using EGov.Platform.Clocks;
using EGov.UnitTests.Calendar;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static EGov.UnitTests.Calendar.Calendars;

namespace EGov.UnitTests.Clocks;

public sealed class ClockServiceTests : IDisposable
{
    private readonly CalendarClockHost _host = new(D(2025, 9, 26));

    public void Dispose() => _host.Dispose();

    private StatutoryClock Start(DateOnly start, ClockLimit limit)
        => _host.Clocks.Start(new ClockStart("disclosure", "request", "XL-2025-0001", "依申请公开：某项目批复", start, limit)).Value;

    [Fact]
    public void Reply_is_due_on_the_20th_working_day_across_National_Day()
    {
        // 条例 第三十三条: 20 working days from Fri 2025-09-26 → Thu 2025-10-30 (see the calendar tests).
        var clock = Start(D(2025, 9, 26), ClockLimit.WorkingDays(20));

        Assert.Equal(D(2025, 10, 30), clock.DueDate);
        Assert.Equal(ClockState.Running, clock.State);
        Assert.True(clock.CalendarKnown);
    }

    [Fact]
    public void Reply_after_extension_is_due_on_40th_working_day()
    {
        // 条例 第三十三条: +20 working days with the GIO head's approval. From 10-30 (20): 10-31 (21),
        // 11-03..07 (22–26), 11-10..14 (27–31), 11-17..21 (32–36), 11-24..27 (37–40) → Thu 2025-11-27.
        var clock = Start(D(2025, 9, 26), ClockLimit.WorkingDays(20));

        var result = _host.Clocks.Extend(clock, 20, "需要调取档案", "区政务公开办主任");

        Assert.True(result.IsSuccess);
        Assert.Equal(D(2025, 11, 27), clock.DueDate);
        Assert.Equal(40, clock.EffectiveLimit);
    }

    [Theory]
    [InlineData(PauseReasons.Correction)]
    [InlineData(PauseReasons.Consultation)]
    [InlineData(PauseReasons.Fee)]
    [InlineData(PauseReasons.ExpertReview)]
    [InlineData(PauseReasons.Hearing)]
    public void A_pause_moves_the_due_date_by_the_working_days_paused(string reason)
    {
        // From Mon 2025-11-03, 20 working days → Mon 2025-12-01. Paused Mon 11-10 (still counted), resumed Fri 11-14:
        // 11-11..14 are 4 working days not counted → 2025-12-05.
        var clock = Start(D(2025, 11, 3), ClockLimit.WorkingDays(20));
        Assert.Equal(D(2025, 12, 1), clock.DueDate);

        Assert.True(_host.Clocks.Pause(clock, reason, D(2025, 11, 10), "等待申请人或第三方").IsSuccess);
        Assert.Equal(ClockState.Paused, clock.State);
        Assert.Equal(D(2025, 12, 1), clock.DueDate);
        Assert.True(_host.Clocks.Resume(clock, D(2025, 11, 14)).IsSuccess);

        Assert.Equal(D(2025, 12, 5), clock.DueDate);
        Assert.Equal(ClockState.Running, clock.State);
    }

    [Fact]
    public void Remaining_working_days_are_frozen_during_a_pause()
    {
        var clock = Start(D(2025, 11, 3), ClockLimit.WorkingDays(20));
        _host.Clocks.Pause(clock, PauseReasons.Fee, D(2025, 11, 10));

        // On 11-10, 11-11..12-01 leave 15 working days; a week later still 15.
        Assert.Equal(15, _host.Clocks.RemainingWorkingDays(clock, D(2025, 11, 10)));
        Assert.Equal(15, _host.Clocks.RemainingWorkingDays(clock, D(2025, 11, 17)));
    }

    [Fact]
    public void A_pause_starting_after_the_due_date_does_not_rescue_an_overdue_clock()
    {
        var clock = Start(D(2025, 11, 3), ClockLimit.WorkingDays(20));
        _host.Clocks.Pause(clock, PauseReasons.ExpertReview, D(2025, 12, 2));
        _host.Clocks.Resume(clock, D(2025, 12, 10));

        Assert.Equal(D(2025, 12, 1), clock.DueDate);
    }

    [Fact]
    public void After_a_correction_the_full_limit_counts_again_from_the_corrected_request()
    {
        // 条例 第三十条: 补正 asked on 11-05, the corrected request arrives Thu 11-20: 11-21 (1), 11-24..28 (2–6),
        // 12-01..05 (7–11), 12-08..12 (12–16), 12-15..18 (17–20) → Thu 2025-12-18.
        var clock = Start(D(2025, 11, 3), ClockLimit.WorkingDays(20));
        _host.Clocks.Pause(clock, PauseReasons.Correction, D(2025, 11, 5), "补正申请内容");

        Assert.True(_host.Clocks.RestartFrom(clock, D(2025, 11, 20)).IsSuccess);

        Assert.Equal(D(2025, 11, 20), clock.StartDate);
        Assert.Equal(D(2025, 12, 18), clock.DueDate);
        Assert.Equal(ClockState.Running, clock.State);
        Assert.Equal(D(2025, 11, 20), clock.Pauses.Single().ResumeDate);
    }

    [Fact]
    public void An_hour_limit_is_wall_clock_hours_with_a_share_warning()
    {
        // 12345 hotline: 24 hours from 2026-11-28 09:00 China time (01:00 UTC); warning 20 % (4.8 h) before.
        var startedAt = new DateTime(2026, 11, 28, 1, 0, 0, DateTimeKind.Utc);
        var clock = _host.Clocks.Start(new ClockStart("interaction", "hotline", "12345-1", "市民来电", D(2026, 11, 28), ClockLimit.Hours(24)) { StartedAt = startedAt }).Value;

        Assert.Equal(startedAt.AddHours(24), clock.DueAt);
        Assert.Equal(D(2026, 11, 29), clock.DueDate);
        Assert.Equal(startedAt.AddMinutes((19 * 60) + 12), clock.WarningAt);
        Assert.Equal(WarningLevel.Warning, clock.LevelAt(startedAt.AddHours(20)));
        Assert.Equal(WarningLevel.Overdue, clock.LevelAt(startedAt.AddHours(24)));
    }

    [Fact]
    public void A_month_limit_ending_on_a_weekend_ends_on_the_next_working_day()
    {
        // 代表法 第四十三条: 3 months from 2026-05-29 → Sat 2026-08-29 → Mon 08-31 (民法典 第二百零三条).
        var clock = Start(D(2026, 5, 29), ClockLimit.Months(3));

        Assert.Equal(D(2026, 8, 31), clock.DueDate);
    }

    [Fact]
    public void A_month_limit_into_a_year_without_data_is_flagged()
    {
        // 2026-11-30 + 3 months = 2027-02-28 (a Sunday; 2027 unknown, weekdays only) → Mon 2027-03-01.
        var clock = Start(D(2026, 11, 30), ClockLimit.Months(3));

        Assert.Equal(D(2027, 3, 1), clock.DueDate);
        Assert.False(clock.CalendarKnown);
    }

    [Fact]
    public void A_calendar_day_limit_counts_every_day()
    {
        // 10 days from Mon 2025-09-22 → Thu 10-02, inside National Day → first working day after it, Thu 10-09.
        var clock = Start(D(2025, 9, 22), ClockLimit.CalendarDays(10));

        Assert.Equal(D(2025, 10, 9), clock.DueDate);
    }

    [Fact]
    public void Warning_level_moves_from_normal_to_warning_to_overdue()
    {
        // 20 working days due 10-30: 20 % = 4 working days → warning from the 4th working day before, Fri 10-24.
        var clock = Start(D(2025, 9, 26), ClockLimit.WorkingDays(20));

        Assert.Equal(D(2025, 10, 24), clock.WarningFrom);
        Assert.Equal(WarningLevel.Normal, clock.LevelOn(D(2025, 10, 23)));
        Assert.Equal(WarningLevel.Warning, clock.LevelOn(D(2025, 10, 24)));
        Assert.Equal(WarningLevel.Warning, clock.LevelOn(D(2025, 10, 30)));
        Assert.Equal(WarningLevel.Overdue, clock.LevelOn(D(2025, 10, 31)));
        Assert.Equal(4, _host.Clocks.RemainingWorkingDays(clock, D(2025, 10, 24)));
        Assert.Equal(-1, _host.Clocks.RemainingWorkingDays(clock, D(2025, 10, 31)));
    }

    [Fact]
    public void A_short_limit_warns_one_working_day_before()
    {
        // 5 working days from Mon 2025-11-03 → Mon 11-10; 20 % is 1 day, the minimum 1 → warning from Fri 11-07.
        var clock = Start(D(2025, 11, 3), ClockLimit.WorkingDays(5));

        Assert.Equal(D(2025, 11, 7), clock.WarningFrom);
    }

    [Fact]
    public void Thresholds_come_from_settings()
    {
        using var host = new CalendarClockHost(D(2025, 9, 26), new() { ["Clocks:WarningWorkingDays"] = "3", ["Clocks:WarningPercent"] = "0" });
        var clock = host.Clocks.Start(new ClockStart("disclosure", "request", "1", "测试", D(2025, 9, 26), ClockLimit.WorkingDays(20))).Value;

        // 3 working days before Thu 10-30: 10-27.
        Assert.Equal(D(2025, 10, 27), clock.WarningFrom);
    }

    [Fact]
    public async Task Every_change_is_audited_and_kept_in_the_history()
    {
        var clock = Start(D(2025, 11, 3), ClockLimit.WorkingDays(20));
        _host.Time.Advance(TimeSpan.FromMinutes(1));
        _host.Clocks.Pause(clock, PauseReasons.Consultation, D(2025, 11, 10));
        _host.Time.Advance(TimeSpan.FromMinutes(1));
        _host.Clocks.Resume(clock, D(2025, 11, 14));
        _host.Time.Advance(TimeSpan.FromMinutes(1));
        _host.Clocks.Extend(clock, 20, "情况复杂", "主任");
        _host.Time.Advance(TimeSpan.FromMinutes(1));
        _host.Clocks.Stop(clock, "答复");
        await _host.Db.SaveChangesAsync();

        Assert.Equal(["clock.started", "clock.paused", "clock.resumed", "clock.extended", "clock.stopped"], _host.Audit.Actions);
        var history = await _host.Clocks.HistoryAsync(clock.Id);
        Assert.Equal(["started", "paused", "resumed", "extended", "stopped"], history.Select(e => e.Kind));
        Assert.Equal(D(2025, 12, 5), history[2].DueDateAfter);
    }

    [Fact]
    public async Task A_clock_is_stored_and_read_back_with_its_pauses_and_extensions()
    {
        var clock = Start(D(2025, 11, 3), ClockLimit.WorkingDays(20));
        _host.Clocks.Pause(clock, PauseReasons.Hearing, D(2025, 11, 10));
        _host.Clocks.Resume(clock, D(2025, 11, 14));
        _host.Clocks.Extend(clock, 10, "听证后补充审查", "局长");
        await _host.Db.SaveChangesAsync();

        await using var scope = _host.NewScope();
        var read = await scope.ServiceProvider.GetRequiredService<ClockService>().FindAsync(clock.Id);

        Assert.NotNull(read);
        Assert.Equal(PauseReasons.Hearing, read.Pauses.Single().Reason);
        Assert.Equal(10, read.Extensions.Single().Amount);
        Assert.Equal(clock.DueDate, read.DueDate);
    }

    [Fact]
    public void Invalid_operations_are_refused_with_reasons()
    {
        var clock = Start(D(2025, 11, 3), ClockLimit.WorkingDays(20));

        Assert.Equal("clock.not_paused", _host.Clocks.Resume(clock, D(2025, 11, 4)).Error?.Code);
        Assert.Equal("clock.unknown_pause_reason", _host.Clocks.Pause(clock, "lunch", D(2025, 11, 4)).Error?.Code);
        Assert.Equal("clock.date_before_start", _host.Clocks.Pause(clock, PauseReasons.Fee, D(2025, 11, 1)).Error?.Code);
        Assert.Equal("clock.invalid_extension", _host.Clocks.Extend(clock, 0, "x", "y").Error?.Code);
        _host.Clocks.Pause(clock, PauseReasons.Fee, D(2025, 11, 4));
        Assert.Equal("clock.already_paused", _host.Clocks.Pause(clock, PauseReasons.Fee, D(2025, 11, 5)).Error?.Code);
        Assert.Equal("clock.resume_before_pause", _host.Clocks.Resume(clock, D(2025, 11, 3)).Error?.Code);
        _host.Clocks.Stop(clock, "撤回");
        Assert.Equal("clock.stopped", _host.Clocks.Extend(clock, 5, "x", "y").Error?.Code);
        Assert.Equal("clock.invalid_limit", _host.Clocks.Start(new ClockStart("m", "t", "1", "x", D(2025, 11, 3), ClockLimit.WorkingDays(0))).Error?.Code);
    }

    [Fact]
    public async Task Warning_levels_of_all_running_clocks_are_refreshed_set_based()
    {
        var early = Start(D(2025, 9, 26), ClockLimit.WorkingDays(20)); // due 10-30, warning from 10-24
        var late = Start(D(2025, 11, 3), ClockLimit.WorkingDays(20)); // due 12-01
        var paused = Start(D(2025, 9, 26), ClockLimit.WorkingDays(20));
        _host.Clocks.Pause(paused, PauseReasons.Consultation, D(2025, 10, 9));
        await _host.Db.SaveChangesAsync();

        Assert.Equal(1, await _host.Clocks.RefreshWarningLevelsAsync(D(2025, 10, 24)));
        Assert.Equal(1, await _host.Clocks.RefreshWarningLevelsAsync(D(2025, 10, 31)));
        Assert.Equal(0, await _host.Clocks.RefreshWarningLevelsAsync(D(2025, 10, 31)));

        var levels = await _host.Db.Set<StatutoryClock>().AsNoTracking().ToDictionaryAsync(c => c.Id, c => c.WarningLevel);
        Assert.Equal(WarningLevel.Overdue, levels[early.Id]);
        Assert.Equal(WarningLevel.Normal, levels[late.Id]);
        Assert.Equal(WarningLevel.Normal, levels[paused.Id]);
    }
}
