using EGov.Platform.Calendar;
using EGov.Platform.Calendar.Admin;
using EGov.Platform.Calendar.Data;
using EGov.Platform.Clocks;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using static EGov.UnitTests.Calendar.Calendars;

namespace EGov.UnitTests.Calendar;

public sealed class CalendarAdministrationTests : IDisposable
{
    // 2027 as an administrator might import it: 元旦 Fri 01-01..Sun 01-03 off.
    private const string Year2027 = """
        { "year": 2027, "notice": "测试通知", "days": [
          { "name": "元旦", "date": "2027-01-01", "isOffDay": true },
          { "name": "元旦", "date": "2027-01-02", "isOffDay": true },
          { "name": "元旦", "date": "2027-01-03", "isOffDay": true } ] }
        """;

    private readonly CalendarClockHost _host = new(D(2026, 12, 1));

    public void Dispose() => _host.Dispose();

    [Fact]
    public async Task Importing_a_year_makes_it_known_and_is_audited()
    {
        Assert.True(_host.Calendar.IsWorkingDay(D(2027, 1, 1)));

        var result = await _host.Administration.ImportAsync(Year2027, null, default);

        Assert.True(result.IsSuccess);
        Assert.True(_host.Calendar.IsYearKnown(2027));
        Assert.False(_host.Calendar.IsWorkingDay(D(2027, 1, 1)));
        Assert.Equal("元旦", _host.Calendar.NameOf(D(2027, 1, 1)));
        Assert.Equal(["calendar.year_imported"], _host.Audit.Actions);
    }

    [Fact]
    public async Task An_invalid_file_changes_nothing()
    {
        var result = await _host.Administration.ImportAsync(Year2027.Replace("2027-01-03", "2026-01-03", StringComparison.Ordinal), null, default);

        Assert.Equal("calendar.year_invalid", result.Error?.Code);
        Assert.False(_host.Calendar.IsYearKnown(2027));
        Assert.Empty(_host.Audit.Records);
    }

    [Fact]
    public async Task Correcting_a_shipped_year_copies_it_and_changes_only_that_day()
    {
        // 2026-10-09 (Friday) made an extra day off.
        var result = await _host.Administration.CorrectDayAsync(new DayCorrection(D(2026, 10, 9), CorrectedKind.OffDay, "国庆节"), null, default);

        Assert.True(result.IsSuccess);
        Assert.False(_host.Calendar.IsWorkingDay(D(2026, 10, 9)));
        Assert.False(_host.Calendar.IsWorkingDay(D(2026, 10, 1)));
        Assert.True(_host.Calendar.IsWorkingDay(D(2026, 10, 10)));
        Assert.Equal(EmbeddedHolidays.All.Single(y => y.Year == 2026).Days.Count + 1, await _host.Db.Set<CalendarDay>().CountAsync(d => d.Year == 2026));
        Assert.Equal(["calendar.day_corrected"], _host.Audit.Actions);
    }

    [Fact]
    public async Task A_day_set_back_to_normal_follows_the_weekday_rule()
    {
        await _host.Administration.CorrectDayAsync(new DayCorrection(D(2026, 10, 10), CorrectedKind.Normal, null), null, default);

        Assert.False(_host.Calendar.IsWorkingDay(D(2026, 10, 10)));
        Assert.Null(_host.Calendar.NameOf(D(2026, 10, 10)));
    }

    [Fact]
    public async Task A_make_up_workday_on_a_weekday_is_refused()
    {
        var result = await _host.Administration.CorrectDayAsync(new DayCorrection(D(2026, 10, 9), CorrectedKind.MakeUpWorkday, "国庆节"), null, default);

        Assert.Equal("calendar.day_invalid", result.Error?.Code);
        Assert.Empty(_host.Audit.Records);
    }

    [Fact]
    public async Task A_day_of_a_year_without_data_cannot_be_corrected_alone()
    {
        var result = await _host.Administration.CorrectDayAsync(new DayCorrection(D(2027, 2, 5), CorrectedKind.OffDay, "春节"), null, default);

        Assert.Equal("calendar.year_unknown", result.Error?.Code);
    }

    [Fact]
    public async Task A_second_editor_with_an_old_version_is_told_instead_of_overwriting()
    {
        await _host.Administration.ImportAsync(Year2027, null, default);
        var version = (await _host.Administration.FindStoredAsync(2027, default))!.Version;
        await using (var other = _host.NewScope())
        {
            var first = await other.ServiceProvider.GetRequiredService<CalendarAdministration>()
                .CorrectDayAsync(new DayCorrection(D(2027, 1, 3), CorrectedKind.Normal, null), version, default);
            Assert.True(first.IsSuccess);
        }

        var second = await _host.Administration.CorrectDayAsync(new DayCorrection(D(2027, 1, 2), CorrectedKind.Normal, null), version, default);

        Assert.Equal("calendar.year_changed", second.Error?.Code);
    }

    [Fact]
    public async Task Importing_a_year_moves_the_due_dates_of_open_clocks_across_it()
    {
        // 20 working days from Tue 2026-12-15, 2027 unknown: 12-16..18 (1–3), 12-21..25 (4–8),
        // 12-28..31 (9–12), Fri 2027-01-01 (13), 01-04..08 (14–18), 01-11..12 (19–20) → 2027-01-12.
        var clock = _host.Clocks.Start(new ClockStart("disclosure", "request", "R-1", "依申请公开", D(2026, 12, 15), ClockLimit.WorkingDays(20))).Value;
        await _host.Db.SaveChangesAsync();
        Assert.Equal(D(2027, 1, 12), clock.DueDate);
        Assert.False(clock.CalendarKnown);

        await _host.Administration.ImportAsync(Year2027, null, default);

        // With 01-01 off the 13th working day is 01-04 and the 20th is Wed 01-13.
        var stored = await _host.Db.Set<StatutoryClock>().AsNoTracking().SingleAsync();
        Assert.Equal(D(2027, 1, 13), stored.DueDate);
        Assert.True(stored.CalendarKnown);
        Assert.Contains("clock.recomputed", _host.Audit.Actions);
    }
}
