using EGov.Platform.Calendar;
using EGov.Platform.Results;
using EGov.Platform.Time;

namespace EGov.Platform.Clocks;

/// <summary>The computed dates of a clock: due, warning start, and whether the holiday data was complete.</summary>
internal sealed record ClockSchedule(DateOnly DueDate, DateTime DueAt, DateOnly WarningFrom, DateTime WarningAt, bool CalendarKnown);

/// <summary>Computes a clock's due date and warning dates from its start, limit, extensions and closed pauses.</summary>
internal sealed class ClockScheduler(WorkingDayCalendar calendar, ClockOptions options, WarningThresholds thresholds)
{
    private readonly WarningScheduler _warning = new(calendar, thresholds);

    public Result<ClockSchedule> Compute(StatutoryClock clock) => clock.LimitUnit switch
    {
        LimitUnit.WorkingDays => WorkingDays(clock),
        LimitUnit.Hours => Hours(clock),
        _ => CalendarDays(clock),
    };

    /// <summary>Closed pauses since the (re)start, in order; a pause starting after the due date changes nothing.</summary>
    private static IEnumerable<ClockPause> CountedPauses(StatutoryClock clock)
        => clock.Pauses.Where(p => p.ResumeDate is not null && p.StartDate >= clock.StartDate).OrderBy(p => p.StartDate);

    private Result<ClockSchedule> WorkingDays(StatutoryClock clock)
    {
        var limit = clock.EffectiveLimit;
        var due = calendar.AddWorkingDays(clock.StartDate, limit);
        foreach (var pause in CountedPauses(clock))
        {
            if (!due.IsSuccess || pause.StartDate > due.Value.Date)
            {
                break;
            }

            // The pause day itself counts; the working days after it up to and including the resume day do not.
            var paused = calendar.WorkingDaysBetween(pause.StartDate, pause.ResumeDate!.Value);
            due = paused.IsSuccess ? Combine(calendar.AddWorkingDays(due.Value.Date, paused.Value.WorkingDays), due.Value.CalendarKnown && paused.Value.CalendarKnown) : paused.Error!;
        }

        if (!due.IsSuccess)
        {
            return due.Error!;
        }

        return DaySchedule(clock, due.Value.Date, due.Value.CalendarKnown);
    }

    private Result<ClockSchedule> CalendarDays(StatutoryClock clock)
    {
        var limit = clock.EffectiveLimit;
        // Months are calendar months from the start date (31 January + 1 month = 28/29 February).
        var due = clock.LimitUnit == LimitUnit.Months ? clock.StartDate.AddMonths(limit) : clock.StartDate.AddDays(limit);
        foreach (var pause in CountedPauses(clock).TakeWhile(p => p.StartDate <= due))
        {
            due = due.AddDays(pause.ResumeDate!.Value.DayNumber - pause.StartDate.DayNumber);
        }

        var known = true;
        if (options.MoveDueDateOffRestDays && !calendar.IsWorkingDay(due))
        {
            var next = calendar.AddWorkingDays(due, 1);
            if (!next.IsSuccess)
            {
                return next.Error!;
            }

            (due, known) = (next.Value.Date, next.Value.CalendarKnown);
        }

        return DaySchedule(clock, due, known && calendar.WorkingDaysBetween(clock.StartDate, due).Value.CalendarKnown);
    }

    /// <summary>Hour limits (12345 hotline) are wall-clock hours.</summary>
    private Result<ClockSchedule> Hours(StatutoryClock clock)
    {
        var limit = TimeSpan.FromHours(clock.EffectiveLimit);
        var dueAt = clock.StartedAt + limit;
        foreach (var pause in clock.Pauses.Where(p => p.ResumedAt is not null && p.PausedAt >= clock.StartedAt).OrderBy(p => p.PausedAt))
        {
            if (pause.PausedAt > dueAt)
            {
                break;
            }

            dueAt += pause.ResumedAt!.Value - pause.PausedAt;
        }

        var warning = _warning.Compute(LimitUnit.Hours, clock.StartDate, clock.EffectiveLimit, ChinaTime.DateOf(dueAt), dueAt).Value;
        return new ClockSchedule(ChinaTime.DateOf(dueAt), dueAt, warning.From, warning.At, true);
    }

    private Result<ClockSchedule> DaySchedule(StatutoryClock clock, DateOnly due, bool known)
    {
        var dueAt = ChinaTime.StartOfDay(due.AddDays(1));
        var warning = _warning.Compute(clock.LimitUnit, clock.StartDate, clock.EffectiveLimit, due, dueAt);
        return warning.IsSuccess ? new ClockSchedule(due, dueAt, warning.Value.From, warning.Value.At, known) : warning.Error!;
    }

    private static Result<CalendarDate> Combine(Result<CalendarDate> result, bool known)
        => result.IsSuccess ? new CalendarDate(result.Value.Date, result.Value.CalendarKnown && known) : result;
}
