using EGov.Oversight.Scan;
using EGov.UnitTests.Calendar;
using static EGov.UnitTests.Calendar.Calendars;

namespace EGov.UnitTests.Oversight.Scan;

/// <summary>The last day a yellow card may have been raised on and already be past its working days (黄牌 → 红牌).</summary>
public sealed class EscalationCutoffTests
{
    private readonly EGov.Platform.Calendar.WorkingDayCalendar _calendar = Shipped();

    [Fact]
    public void Yellow_card_raised_before_national_day_2025_turns_red_only_after_the_make_up_saturday()
    {
        // Raised Tue 2025-09-30; 10-01…10-08 are off; its 3 working days are 10-09, 10-10 and Sat 10-11 (worked).
        Assert.True(EscalationCutoff.For(_calendar, D(2025, 10, 11), 3) < D(2025, 9, 30));
        Assert.True(EscalationCutoff.For(_calendar, D(2025, 10, 12), 3) >= D(2025, 9, 30));
    }

    [Fact]
    public void Every_card_raised_during_the_national_day_holiday_turns_red_on_the_same_day()
    {
        Assert.Equal(D(2025, 10, 8), EscalationCutoff.For(_calendar, D(2025, 10, 12), 3));
    }

    [Fact]
    public void Yellow_card_raised_before_spring_festival_2026_turns_red_two_working_days_after_it()
    {
        // Raised Fri 2026-02-13; Sat 02-14 is worked, 02-15…02-23 are off: its 3 working days are 02-14, 02-24 and 02-25.
        Assert.Equal(D(2026, 2, 12), EscalationCutoff.For(_calendar, D(2026, 2, 25), 3));
        Assert.Equal(D(2026, 2, 13), EscalationCutoff.For(_calendar, D(2026, 2, 26), 3));
    }

    [Fact]
    public void On_an_ordinary_thursday_cards_of_the_sunday_before_turn_red_but_not_mondays()
    {
        Assert.Equal(D(2026, 3, 8), EscalationCutoff.For(_calendar, D(2026, 3, 12), 3));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(3)]
    [InlineData(5)]
    public void Cutoff_is_the_last_day_whose_working_days_all_passed_before_today(int days)
    {
        for (var today = D(2025, 1, 10); today <= D(2026, 12, 20); today = today.AddDays(1))
        {
            var cutoff = EscalationCutoff.For(_calendar, today, days);
            Assert.True(_calendar.AddWorkingDays(cutoff, days).Value.Date < today, $"{today}: {cutoff} is not past");
            Assert.True(_calendar.AddWorkingDays(cutoff.AddDays(1), days).Value.Date >= today, $"{today}: {cutoff.AddDays(1)} is past too");
        }
    }

    [Fact]
    public void Outside_the_calendar_nothing_escalates_by_days()
    {
        Assert.Equal(DateOnly.MinValue, EscalationCutoff.For(_calendar, DateOnly.MinValue.AddDays(1), 3));
    }
}
