using EGov.Documents.Domain;
using EGov.Documents.Domain.Incoming;
using EGov.Platform.Calendar;
using EGov.Platform.Clocks;
using EGov.Platform.Results;
using Microsoft.Extensions.Options;

namespace EGov.Documents.Incoming;

/// <summary>
/// 办理时限 (条例 第二十四条（四）: 紧急公文应当明确办理时限) on the platform's statutory clocks: started at registration
/// for 特急/加急 documents, replaced by a deadline a leader sets in 批办, stopped at 办结 or 退回.
/// </summary>
internal sealed class IncomingClock(ClockService clocks, WorkingDayCalendar calendar, IOptions<IncomingOptions> options)
{
    public const string Module = "documents";
    public const string CaseType = "incoming";

    /// <summary>The limit of an urgent document in working days; null for an ordinary one.</summary>
    public static ClockLimit? LimitFor(Urgency urgency, IncomingOptions options) => urgency switch
    {
        Urgency.ExtraUrgent => ClockLimit.WorkingDays(options.ExtraUrgentDays),
        Urgency.Urgent => ClockLimit.WorkingDays(options.UrgentDays),
        _ => null,
    };

    public Result StartOnRegistration(IncomingDocument document, DateOnly today)
        => LimitFor(document.Urgency, options.Value) is { } limit ? Start(document, today, limit, document.DepartmentId) : Result.Success();

    /// <summary>A leader's deadline replaces the urgency's limit: the old clock stops, a new one runs to the deadline.</summary>
    public async Task<Result> ReplaceAsync(IncomingDocument document, DateOnly today, DateOnly deadline, CancellationToken cancellationToken)
    {
        if (deadline <= today)
        {
            return IncomingErrors.Deadline("办理期限应为今天以后的日期。");
        }

        if (!calendar.IsWorkingDay(deadline))
        {
            return IncomingErrors.Deadline($"{deadline:yyyy年M月d日}不是工作日，请选择工作日。");
        }

        var days = calendar.WorkingDaysBetween(today, deadline);
        if (!days.IsSuccess)
        {
            return IncomingErrors.Deadline(days.Error!.Message);
        }

        var stopped = await StopAsync(document, "批办另定办理期限", cancellationToken);
        return stopped.IsSuccess ? Start(document, today, ClockLimit.WorkingDays(days.Value.WorkingDays), document.LeadDepartmentId ?? document.DepartmentId) : stopped;
    }

    public async Task<Result> StopAsync(IncomingDocument document, string outcome, CancellationToken cancellationToken)
    {
        if (document.ClockId is not { } id || await clocks.FindAsync(id, cancellationToken) is not { State: not ClockState.Stopped } clock)
        {
            return Result.Success();
        }

        return clocks.Stop(clock, outcome);
    }

    private Result Start(IncomingDocument document, DateOnly today, ClockLimit limit, Guid departmentId)
    {
        var started = clocks.Start(new ClockStart(Module, CaseType, document.Id.ToString(), document.Title, today, limit)
        {
            DepartmentId = departmentId,
            Item = document.Urgency == Urgency.Normal ? "收文办理（限时）" : $"收文办理（{DocumentNames.Of(document.Urgency)}）",
        });
        if (!started.IsSuccess)
        {
            return started.Error!;
        }

        (document.ClockId, document.DueDate) = (started.Value.Id, started.Value.DueDate);
        return Result.Success();
    }
}
