using System.Text.Json;
using EGov.Platform.Audit;
using EGov.Platform.Calendar;
using EGov.Platform.Data;
using EGov.Platform.Results;
using EGov.Platform.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace EGov.Platform.Clocks;

/// <summary>
/// Starts, pauses, resumes, extends, restarts and stops statutory clocks. Each change recomputes the stored
/// due date and warning level, adds a <see cref="ClockEvent"/> and an audit entry to the caller's unit of work:
/// the module saves them with its case in one <c>SaveChangesAsync</c>.
/// </summary>
/// <param name="thresholds">The warning thresholds in force; without them (a service built by hand) the configuration's.</param>
public sealed partial class ClockService(
    EGovDbContext db,
    WorkingDayCalendar calendar,
    IAuditLog audit,
    TimeProvider time,
    IOptions<ClockOptions> options,
    IEnumerable<IClockObserver>? observers = null,
    ClockThresholds? thresholds = null)
{
    private const int MaxAmount = 3650;

    private ClockScheduler? _scheduler;

    /// <summary>Built on first use, so that the thresholds are read once per unit of work and only when needed.</summary>
    private ClockScheduler Scheduler
        => _scheduler ??= new(calendar, options.Value, thresholds?.Current ?? WarningThresholds.From(options.Value));

    public Result<StatutoryClock> Start(ClockStart start)
    {
        if (start.Limit.Value is <= 0 or > MaxAmount)
        {
            return ClockErrors.InvalidLimit;
        }

        if (string.IsNullOrWhiteSpace(start.Module) || string.IsNullOrWhiteSpace(start.CaseId) || string.IsNullOrWhiteSpace(start.Title))
        {
            return ClockErrors.MissingCase;
        }

        var clock = new StatutoryClock
        {
            Module = start.Module,
            CaseType = start.CaseType,
            CaseId = start.CaseId,
            DepartmentId = start.DepartmentId,
            Title = start.Title,
            Item = start.Item,
            StartDate = start.StartDate,
            StartedAt = start.StartedAt ?? Now,
            LimitValue = start.Limit.Value,
            LimitUnit = start.Limit.Unit,
        };
        var changed = Apply(clock, "started", start.StartDate, $"{start.Limit.Value} {start.Limit.Unit}");
        if (!changed.IsSuccess)
        {
            return changed.Error!;
        }

        db.Add(clock);
        return clock;
    }

    /// <param name="reason">One of <see cref="PauseReasons"/>.</param>
    /// <param name="date">The day the pause starts; it still counts.</param>
    public Result Pause(StatutoryClock clock, string reason, DateOnly date, string? note = null)
    {
        if (Check(clock, date) is { } error)
        {
            return error;
        }

        if (!PauseReasons.Names.ContainsKey(reason))
        {
            return ClockErrors.UnknownPauseReason;
        }

        clock.WarningLevel = clock.LevelAt(Now);
        clock.Pauses.Add(new ClockPause { Reason = reason, Note = note, StartDate = date, PausedAt = Now });
        clock.State = ClockState.Paused;
        return Apply(clock, "paused", date, $"{PauseReasons.Names[reason]} {note}".Trim());
    }

    /// <param name="date">The day the clock resumes; counting begins again the day after.</param>
    public Result Resume(StatutoryClock clock, DateOnly date)
    {
        if (clock.State == ClockState.Stopped)
        {
            return ClockErrors.Stopped;
        }

        if (clock.OpenPause is not { } pause)
        {
            return ClockErrors.NotPaused;
        }

        if (date < pause.StartDate)
        {
            return ClockErrors.BeforePause(date, pause.StartDate);
        }

        (pause.ResumeDate, pause.ResumedAt, clock.State) = (date, Now, ClockState.Running);
        var applied = Apply(clock, "resumed", date, PauseReasons.Names[pause.Reason]);
        if (!applied.IsSuccess)
        {
            (pause.ResumeDate, pause.ResumedAt, clock.State) = (null, null, ClockState.Paused);
        }

        return applied;
    }

    /// <param name="amount">In the limit's unit, e.g. 20 working days (条例 第三十三条).</param>
    public Result Extend(StatutoryClock clock, int amount, string reason, string approvedBy)
    {
        if (clock.State == ClockState.Stopped)
        {
            return ClockErrors.Stopped;
        }

        if (amount <= 0 || amount > MaxAmount || string.IsNullOrWhiteSpace(reason) || string.IsNullOrWhiteSpace(approvedBy))
        {
            return ClockErrors.InvalidExtension;
        }

        var extension = new ClockExtension { Amount = amount, Reason = reason, ApprovedBy = approvedBy, ApprovedAt = Now };
        clock.Extensions.Add(extension);
        var applied = Apply(clock, "extended", ChinaTime.DateOf(Now), $"+{amount} {clock.LimitUnit}：{reason}（{approvedBy}）");
        if (!applied.IsSuccess)
        {
            clock.Extensions.Remove(extension);
        }

        return applied;
    }

    /// <summary>
    /// The full limit counts again from <paramref name="date"/>, e.g. the day a corrected request arrives
    /// (条例 第三十条). An open pause ends that day; earlier pauses no longer count; extensions stay.
    /// </summary>
    public Result RestartFrom(StatutoryClock clock, DateOnly date)
    {
        if (Check(clock, date, allowPaused: true) is { } error)
        {
            return error;
        }

        var pause = clock.OpenPause;
        var before = (clock.StartDate, clock.StartedAt, clock.State);
        if (pause is not null)
        {
            (pause.ResumeDate, pause.ResumedAt) = (date, Now);
        }

        (clock.StartDate, clock.StartedAt, clock.State) = (date, Now, ClockState.Running);
        var applied = Apply(clock, "restarted", date, pause is null ? null : PauseReasons.Names[pause.Reason]);
        if (!applied.IsSuccess)
        {
            (clock.StartDate, clock.StartedAt, clock.State) = before;
            if (pause is not null)
            {
                (pause.ResumeDate, pause.ResumedAt) = (null, null);
            }
        }

        return applied;
    }

    /// <param name="outcome">What concluded the case (答复, 办结, 撤回…).</param>
    public Result Stop(StatutoryClock clock, string outcome)
    {
        if (clock.State == ClockState.Stopped)
        {
            return ClockErrors.Stopped;
        }

        clock.WarningLevel = clock.LevelAt(Now);
        clock.State = ClockState.Stopped;
        clock.StoppedAt = Now;
        clock.Outcome = outcome;
        return Record(clock, "stopped", ChinaTime.DateOf(Now), outcome);
    }

    /// <summary>Working days after <paramref name="today"/> up to the due date; frozen during a pause and at the stop; negative when overdue.</summary>
    public int RemainingWorkingDays(StatutoryClock clock, DateOnly today)
    {
        var from = clock switch
        {
            { State: ClockState.Stopped, StoppedAt: { } stopped } => ChinaTime.DateOf(stopped),
            { OpenPause: { } pause } when pause.StartDate < today => pause.StartDate,
            _ => today,
        };
        from = from < CalendarTable.First ? CalendarTable.First : from > CalendarTable.Last ? CalendarTable.Last : from;
        return calendar.WorkingDaysBetween(from, clock.DueDate).Value.WorkingDays;
    }

    public Task<StatutoryClock?> FindAsync(Guid id, CancellationToken cancellationToken = default)
        => db.Set<StatutoryClock>().SingleOrDefaultAsync(c => c.Id == id, cancellationToken);

    public async Task<IReadOnlyList<ClockEvent>> HistoryAsync(Guid clockId, CancellationToken cancellationToken = default)
        => await db.Set<ClockEvent>().AsNoTracking().Where(e => e.ClockId == clockId).OrderBy(e => e.At).ThenBy(e => e.Id).ToListAsync(cancellationToken);

    internal Result Reschedule(StatutoryClock clock, string detail) => Apply(clock, "recomputed", ChinaTime.DateOf(Now), detail);

    private DateTime Now => time.GetUtcNow().UtcDateTime;

    private static Error? Check(StatutoryClock clock, DateOnly date, bool allowPaused = false)
        => clock.State switch
        {
            ClockState.Stopped => ClockErrors.Stopped,
            ClockState.Paused when !allowPaused => ClockErrors.AlreadyPaused,
            _ when date < clock.StartDate => ClockErrors.BeforeStart(date, clock.StartDate),
            _ => null,
        };

    private Result Apply(StatutoryClock clock, string kind, DateOnly date, string? detail)
    {
        var schedule = Scheduler.Compute(clock);
        if (!schedule.IsSuccess)
        {
            return schedule.Error!;
        }

        var s = schedule.Value;
        (clock.DueDate, clock.DueAt, clock.WarningFrom, clock.WarningAt, clock.CalendarKnown) = (s.DueDate, s.DueAt, s.WarningFrom, s.WarningAt, s.CalendarKnown);
        if (clock.State == ClockState.Running)
        {
            clock.WarningLevel = clock.LevelAt(Now);
        }

        return Record(clock, kind, date, detail);
    }

    private Result Record(StatutoryClock clock, string kind, DateOnly date, string? detail)
    {
        clock.Version++;
        db.Add(new ClockEvent { ClockId = clock.Id, Kind = kind, Date = date, At = Now, Detail = detail, DueDateAfter = clock.DueDate });
        var auditDetail = JsonSerializer.Serialize(new { clock.Module, clock.CaseType, clock.CaseId, date, due = clock.DueDate, detail });
        audit.Record(new AuditRecord($"clock.{kind}", nameof(StatutoryClock), clock.Id.ToString(), AuditOutcome.Success, auditDetail));
        foreach (var observer in observers ?? [])
        {
            observer.Changed(clock, kind);
        }

        return Result.Success();
    }
}
