using EGov.Disclosure.Domain.Requests;
using EGov.Disclosure.Requests.Handling;
using EGov.UnitTests.Calendar;
using static EGov.UnitTests.Calendar.Calendars;

namespace EGov.UnitTests.Disclosure.Handling;

/// <summary>The handling periods on the 2026 calendar (国庆节 10-01..07 off, 10-10 a make-up workday).</summary>
public sealed class HandlingDatesTests
{
    private readonly HandlingDates _dates = new(Calendars.Shipped());

    [Fact]
    public void Correction_notice_window_is_7_working_days_across_National_Day()
    {
        // 条例 第三十条: received Mon 09-28 → 09-29, 09-30, 10-08, 10-09, 10-10 (make-up), 10-12, 10-13.
        Assert.Equal(D(2026, 10, 13), _dates.LastDayForCorrectionNotice(D(2026, 9, 28)));
    }

    [Fact]
    public void Correction_notice_window_without_a_holiday_ends_a_week_and_two_days_later()
        => Assert.Equal(D(2026, 11, 11), _dates.LastDayForCorrectionNotice(D(2026, 11, 2)));

    [Fact]
    public void Deemed_withdrawn_on_the_first_working_day_after_a_deadline_before_the_holiday()
        => Assert.Equal(D(2026, 10, 8), _dates.DeemedWithdrawnOn(D(2026, 9, 30)));

    [Fact]
    public void Deemed_withdrawn_on_a_make_up_Saturday_when_it_is_the_next_working_day()
        => Assert.Equal(D(2026, 10, 10), _dates.DeemedWithdrawnOn(D(2026, 10, 9)));

    [Fact]
    public void Deemed_withdrawn_on_Monday_after_a_Friday_deadline()
        => Assert.Equal(D(2026, 11, 16), _dates.DeemedWithdrawnOn(D(2026, 11, 13)));

    [Fact]
    public void Correction_lapses_only_from_the_day_after_the_deadline_and_never_once_corrected()
    {
        var notice = new CorrectionNotice { SentOn = D(2026, 11, 2), Deadline = D(2026, 11, 13) };

        Assert.False(_dates.CorrectionLapsed(notice, D(2026, 11, 13)));
        Assert.False(_dates.CorrectionLapsed(notice, D(2026, 11, 15))); // Sunday: the office has not yet continued
        Assert.True(_dates.CorrectionLapsed(notice, D(2026, 11, 16)));
        notice.CorrectedOn = D(2026, 11, 12);
        Assert.False(_dates.CorrectionLapsed(notice, D(2026, 11, 30)));
    }

    [Fact]
    public void Fee_is_due_within_20_working_days_and_lapses_the_working_day_after()
    {
        // 国办函〔2020〕109号: issued Mon 2026-09-21 → 20 working days, across 中秋 and 国庆 (10-10 worked) → Mon 2026-10-26.
        var fee = new FeeNotice { IssuedOn = D(2026, 9, 21), PayBy = _dates.PayBy(D(2026, 9, 21)) };

        Assert.Equal(D(2026, 10, 26), fee.PayBy);
        Assert.False(_dates.FeeLapsed(fee, D(2026, 10, 26)));
        Assert.True(_dates.FeeLapsed(fee, D(2026, 10, 27)));
    }

    [Fact]
    public void Consultation_is_answered_within_15_working_days()
        => Assert.Equal(D(2026, 11, 23), _dates.ConsultationDue(D(2026, 11, 2)));
}
