using EGov.Platform.Calendar;
using static EGov.UnitTests.Calendar.Calendars;

namespace EGov.UnitTests.Calendar;

public sealed class WorkingDayCalendarTests
{
    private readonly WorkingDayCalendar _calendar = Shipped();

    [Fact]
    public void Twenty_working_days_from_26_September_2025_cross_National_Day_and_end_on_30_October()
    {
        // From Fri 2025-09-26: Sun 09-28 make-up (1), 09-29 (2), 09-30 (3); 10-01..10-08 off;
        // 10-09 (4), 10-10 (5), Sat 10-11 make-up (6); 10-13..17 (7–11), 10-20..24 (12–16), 10-27..30 (17–20).
        var result = _calendar.AddWorkingDays(D(2025, 9, 26), 20);

        Assert.Equal(new CalendarDate(D(2025, 10, 30), true), result.Value);
    }

    [Fact]
    public void Twenty_working_days_from_6_February_2026_cross_the_Spring_Festival_and_end_on_12_March()
    {
        // From Fri 2026-02-06: 02-09..13 (1–5), Sat 02-14 make-up (6); 02-15..23 off; 02-24..27 (7–10),
        // Sat 02-28 make-up (11); 03-02..06 (12–16), 03-09..12 (17–20).
        var result = _calendar.AddWorkingDays(D(2026, 2, 6), 20);

        Assert.Equal(D(2026, 3, 12), result.Value.Date);
    }

    [Fact]
    public void A_make_up_Saturday_is_a_working_day_and_is_counted()
    {
        Assert.True(_calendar.IsWorkingDay(D(2025, 10, 11)));
        Assert.Equal("国庆节、中秋节", _calendar.NameOf(D(2025, 10, 11)));
        Assert.Equal(D(2025, 10, 11), _calendar.AddWorkingDays(D(2025, 10, 10), 1).Value.Date);
        // Fri 02-13 → Sat 02-14 (make-up) is the only working day before the festival ends on 02-23.
        Assert.Equal(D(2026, 2, 14), _calendar.AddWorkingDays(D(2026, 2, 13), 1).Value.Date);
        Assert.Equal(D(2026, 2, 24), _calendar.AddWorkingDays(D(2026, 2, 14), 1).Value.Date);
    }

    [Fact]
    public void Holidays_and_plain_weekends_are_not_working_days()
    {
        Assert.False(_calendar.IsWorkingDay(D(2025, 10, 8)));
        Assert.Equal("国庆节、中秋节", _calendar.NameOf(D(2025, 10, 8)));
        Assert.False(_calendar.IsWorkingDay(D(2025, 10, 12)));
        Assert.Null(_calendar.NameOf(D(2025, 10, 12)));
        Assert.True(_calendar.IsWorkingDay(D(2025, 10, 13)));
    }

    [Fact]
    public void Describe_tells_the_kind_of_day()
    {
        Assert.Equal(DayKind.OffDay, _calendar.Describe(D(2026, 2, 17)).Value.Kind);
        Assert.Equal(DayKind.MakeUpWorkday, _calendar.Describe(D(2026, 2, 28)).Value.Kind);
        Assert.Equal(DayKind.RestDay, _calendar.Describe(D(2026, 3, 1)).Value.Kind);
        Assert.Equal(DayKind.WorkingDay, _calendar.Describe(D(2026, 3, 2)).Value.Kind);
        Assert.Equal("春节", _calendar.Describe(D(2026, 2, 28)).Value.Name);
    }

    [Fact]
    public void Negative_days_count_backwards_and_zero_returns_the_date()
    {
        Assert.Equal(D(2025, 9, 26), _calendar.AddWorkingDays(D(2025, 10, 30), -20).Value.Date);
        // The working day before the first day after National Day is the make-up Tuesday 09-30.
        Assert.Equal(D(2025, 9, 30), _calendar.AddWorkingDays(D(2025, 10, 9), -1).Value.Date);
        Assert.Equal(D(2025, 10, 3), _calendar.AddWorkingDays(D(2025, 10, 3), 0).Value.Date);
    }

    [Fact]
    public void Working_days_between_counts_after_from_up_to_and_including_to()
    {
        Assert.Equal(20, _calendar.WorkingDaysBetween(D(2025, 9, 26), D(2025, 10, 30)).Value.WorkingDays);
        Assert.Equal(-20, _calendar.WorkingDaysBetween(D(2025, 10, 30), D(2025, 9, 26)).Value.WorkingDays);
        Assert.Equal(0, _calendar.WorkingDaysBetween(D(2025, 10, 1), D(2025, 10, 8)).Value.WorkingDays);
        // 02-14 (make-up) and 02-24..28 (02-28 is a make-up Saturday): 6.
        Assert.Equal(6, _calendar.WorkingDaysBetween(D(2026, 2, 13), D(2026, 2, 28)).Value.WorkingDays);
    }

    [Fact]
    public void A_year_without_data_is_answered_from_weekdays_and_flagged()
    {
        // Fri 2026-12-25: 12-28..31 (1–4), Fri 2027-01-01 (5) — New Year's Day, but 2027 has no data yet.
        var result = _calendar.AddWorkingDays(D(2026, 12, 25), 5);

        Assert.Equal(new CalendarDate(D(2027, 1, 1), false), result.Value);
        Assert.False(_calendar.IsYearKnown(2027));
        Assert.True(_calendar.IsYearKnown(2026));
        Assert.False(_calendar.WorkingDaysBetween(D(2026, 12, 1), D(2027, 1, 5)).Value.CalendarKnown);
        Assert.True(_calendar.WorkingDaysBetween(D(2026, 1, 1), D(2026, 12, 31)).Value.CalendarKnown);
        Assert.False(_calendar.Describe(D(2027, 1, 1)).Value.CalendarKnown);
    }

    [Theory]
    [InlineData(3651)]
    [InlineData(-3651)]
    [InlineData(int.MinValue)]
    public void Absurd_day_counts_are_refused(int days)
    {
        Assert.Equal("calendar.out_of_range", _calendar.AddWorkingDays(D(2025, 1, 2), days).Error?.Code);
    }

    [Fact]
    public void Dates_outside_1990_to_2100_are_refused()
    {
        Assert.Equal("calendar.out_of_range", _calendar.AddWorkingDays(D(1989, 12, 29), 1).Error?.Code);
        Assert.Equal("calendar.out_of_range", _calendar.WorkingDaysBetween(D(2025, 1, 1), D(2101, 1, 1)).Error?.Code);
        Assert.Equal("calendar.out_of_range", _calendar.Describe(D(2101, 1, 1)).Error?.Code);
        Assert.Equal("calendar.out_of_range", _calendar.AddWorkingDays(D(2100, 12, 20), 30).Error?.Code);
        Assert.True(_calendar.AddWorkingDays(D(2025, 1, 2), 3650).IsSuccess);
    }

    [Fact]
    public void A_corrected_year_replaces_the_shipped_one_after_invalidation()
    {
        HolidayYear[] years = [.. EmbeddedHolidays.All];
        var loads = 0;
        var calendar = new WorkingDayCalendar(() => { loads++; return years; }, TimeProvider.System, TimeSpan.MaxValue);
        Assert.True(calendar.IsWorkingDay(D(2026, 10, 9)));

        // A corrected 2026 in which only Friday 10-09 is off; the cached table answers until invalidated.
        years = [.. years.Where(y => y.Year != 2026), new HolidayYear(2026, null, [new HolidayEntry("国庆节", D(2026, 10, 9), true)])];
        Assert.True(calendar.IsWorkingDay(D(2026, 10, 9)));
        calendar.Invalidate();

        Assert.False(calendar.IsWorkingDay(D(2026, 10, 9)));
        Assert.True(calendar.IsWorkingDay(D(2026, 10, 1)));
        Assert.Equal(2, loads);
    }
}
