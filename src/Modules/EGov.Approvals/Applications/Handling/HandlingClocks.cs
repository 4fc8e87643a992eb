using EGov.Approvals.Contracts;
using EGov.Approvals.Domain;
using EGov.Approvals.Domain.Items;
using EGov.Platform.Clocks;
using EGov.Platform.Results;

namespace EGov.Approvals.Applications.Handling;

/// <summary>
/// The clocks of an application through the platform's <see cref="ClockService"/>: the pre-review window, then from
/// acceptance the promised, the statutory and the current step's clock (approvals.md §2.1, clock design).
/// </summary>
internal sealed class HandlingClocks(ClockService clocks)
{
    /// <summary>
    /// 受理: stops the pre-review window and starts, from <paramref name="acceptedOn"/> (not counted), the promised limit
    /// (承诺件), the statutory limit (第四十二条) and the Review step.
    /// </summary>
    public Result StartHandling(HandlingCase handled, DateOnly acceptedOn, string outcome)
    {
        var (application, item) = (handled.Application, handled.Item);
        if (handled.PreReview is { State: not ClockState.Stopped } window && clocks.Stop(window, outcome) is { IsSuccess: false } stopped)
        {
            return stopped;
        }

        if (item.CaseKind == CaseKind.Committed && item.PromisedLimitDays > 0)
        {
            var promised = Start(handled, ApprovalsClocks.Promised, "承诺办结时限", acceptedOn, item.PromisedLimitDays);
            if (!promised.IsSuccess)
            {
                return promised.Error!;
            }

            application.PromisedClockId = promised.Value.Id;
        }

        if (HandlingDates.StatutoryDays(item) is { } days)
        {
            var statutory = Start(handled, ApprovalsClocks.Statutory, "法定办结时限", acceptedOn, days);
            if (!statutory.IsSuccess)
            {
                return statutory.Error!;
            }

            application.StatutoryClockId = statutory.Value.Id;
        }

        return MoveStep(handled, StepStage.Review, HandlingDates.StageDays(item, StepStage.Review), acceptedOn);
    }

    /// <summary>
    /// The next process stage: the running step clock stops and a new one starts with the stage's limit. A stage without
    /// a limit, or with 0 (the same day), has no clock of its own: a clock needs a positive limit.
    /// </summary>
    public Result MoveStep(HandlingCase handled, StepStage stage, int? days, DateOnly startDate)
    {
        if (handled.Step is { State: not ClockState.Stopped } current && clocks.Stop(current, "进入下一环节") is { IsSuccess: false } stopped)
        {
            return stopped;
        }

        handled.Application.StepClockId = null;
        if (days is not > 0)
        {
            return Result.Success();
        }

        var started = Start(handled, ApprovalsClocks.Step, $"{ApprovalsNames.Of(stage)}环节时限", startDate, days.Value);
        if (!started.IsSuccess)
        {
            return started.Error!;
        }

        handled.Application.StepClockId = started.Value.Id;
        return Result.Success();
    }

    /// <summary>第四十五条: the handling clocks stop counting while a special procedure runs.</summary>
    public Result PauseHandling(HandlingCase handled, string reason, DateOnly date, string note)
    {
        foreach (var clock in handled.HandlingClocks.Where(c => c.State == ClockState.Running))
        {
            if (clocks.Pause(clock, reason, date, note) is { IsSuccess: false } paused)
            {
                return paused;
            }
        }

        return Result.Success();
    }

    public Result ResumeHandling(HandlingCase handled, DateOnly date)
    {
        foreach (var clock in handled.HandlingClocks.Where(c => c.State == ClockState.Paused))
        {
            if (clocks.Resume(clock, date) is { IsSuccess: false } resumed)
            {
                return resumed;
            }
        }

        return Result.Success();
    }

    public Result Stop(StatutoryClock? clock, string outcome)
        => clock is { State: not ClockState.Stopped } ? clocks.Stop(clock, outcome) : Result.Success();

    public Result StopAll(HandlingCase handled, string outcome)
    {
        foreach (var clock in handled.All.Where(c => c.State != ClockState.Stopped))
        {
            if (clocks.Stop(clock, outcome) is { IsSuccess: false } stopped)
            {
                return stopped;
            }
        }

        return Result.Success();
    }

    public Result Pause(StatutoryClock? clock, string reason, DateOnly date, string note)
        => clock is { State: ClockState.Running } ? clocks.Pause(clock, reason, date, note) : Result.Success();

    public Result RestartFrom(StatutoryClock? clock, DateOnly date)
        => clock is { State: not ClockState.Stopped } ? clocks.RestartFrom(clock, date) : Result.Success();

    public Result Extend(StatutoryClock clock, int days, string reason, string approvedBy) => clocks.Extend(clock, days, reason, approvedBy);

    public int RemainingWorkingDays(StatutoryClock clock, DateOnly today) => clocks.RemainingWorkingDays(clock, today);

    private Result<StatutoryClock> Start(HandlingCase handled, string caseType, string what, DateOnly startDate, int days)
    {
        var application = handled.Application;
        var started = clocks.Start(new ClockStart(
            ApprovalsClocks.Module, caseType, application.Id.ToString(), $"{application.ItemName}（{application.Number}）{what}", startDate, ClockLimit.WorkingDays(days))
        {
            DepartmentId = application.DepartmentId,
            Item = application.ItemName,
        });
        if (started.IsSuccess)
        {
            handled.Add(started.Value);
        }

        return started;
    }
}
