using EGov.Platform.Calendar;

namespace EGov.Oversight.Scan;

/// <summary>When an uncorrected yellow card turns red (oversight.md: 黄牌 not corrected within 3 working days → 红牌).</summary>
internal static class EscalationCutoff
{
    /// <summary>
    /// The last day D a yellow card raised on D is past its <paramref name="days"/> working days by <paramref name="today"/>,
    /// i.e. the latest D with <c>AddWorkingDays(D, days) &lt; today</c>; <see cref="DateOnly.MinValue"/> outside the calendar.
    /// </summary>
    public static DateOnly For(WorkingDayCalendar calendar, DateOnly today, int days)
    {
        // AddWorkingDays(D, n) < today ⇔ at least n working days lie in (D, today) ⇔ D is before the n-th working day before today.
        var nth = calendar.AddWorkingDays(today, -Math.Max(0, days));
        return nth.IsSuccess ? nth.Value.Date.AddDays(-1) : DateOnly.MinValue;
    }
}
