using System.Security.Claims;
using EGov.Disclosure.Contracts;
using EGov.Disclosure.Domain.Requests;
using EGov.Disclosure.Letters;
using EGov.Platform.Clocks;
using EGov.Platform.Identity;
using EGov.Platform.Results;
using Microsoft.EntityFrameworkCore;

namespace EGov.Disclosure.Requests.Handling.Deadlines;

/// <summary>
/// 视为放弃申请: no correction by the deadline (条例 第三十条, table 三（六）1) or no payment by the last day
/// (国办函〔2020〕109号, 三（六）2). The request ends on the first working day after the last day. Done by the
/// <see cref="HandlingScheduler"/> and by staff.
/// </summary>
internal sealed class LapseHandler(HandlingUnit unit, HandlingDates dates, HandlingWork work, ClockService clocks, RequestJournal journal)
{
    /// <summary>Staff: “视为放弃申请”.</summary>
    public async Task<Result> HandleAsync(Guid id, long? version, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var loaded = await unit.LoadAsync(id, DisclosurePermissions.Handle, version, cancellationToken);
        return loaded.IsSuccess ? await ApplyAsync(loaded.Value, user, cancellationToken) : loaded.Error!;
    }

    /// <param name="user">Null for the scheduler.</param>
    public async Task<Result> ApplyAsync(HandlingCase handled, ClaimsPrincipal? user, CancellationToken cancellationToken)
    {
        var request = handled.Request;
        var today = unit.Today;
        var (outcome, lastDay, reason) = await LapseOfAsync(request, today, cancellationToken);
        if (outcome is null || handled.Clock is not { } clock)
        {
            return request.State is RequestState.AwaitingCorrection or RequestState.AwaitingFee && lastDay is { } day
                ? Error.Conflict("disclosure.not_lapsed", $"期限至{HandlingErrors.Day(day)}届满，{HandlingErrors.Day(dates.DeemedWithdrawnOn(day))}起才能视为放弃申请。")
                : HandlingErrors.WrongState(request.State, "视为放弃申请");
        }

        var concludedOn = dates.DeemedWithdrawnOn(lastDay!.Value);
        (request.State, request.Outcome, request.ConcludedOn) = (RequestState.Terminated, outcome, concludedOn);
        if (clocks.Stop(clock, $"视为放弃申请（{reason}）") is { IsSuccess: false } stopped)
        {
            return stopped.Error!;
        }

        journal.Record(request, "deemed_withdrawn", "视为放弃申请", concludedOn, user,
            $"申请人{reason}（期限至{HandlingErrors.Day(lastDay.Value)}），视为放弃申请，本机关不再处理该申请。");
        await work.MoveAsync(handled, user?.AccountId(), null, cancellationToken);
        return await unit.SaveAsync(handled, new HandlingLetter(LetterKind.Termination, VisibleToApplicant: true), cancellationToken);
    }

    private async Task<(ReplyOutcome? Outcome, DateOnly? LastDay, string Reason)> LapseOfAsync(DisclosureRequest request, DateOnly today, CancellationToken cancellationToken)
    {
        if (request.State == RequestState.AwaitingCorrection
            && await unit.Db.Set<CorrectionNotice>().SingleOrDefaultAsync(c => c.RequestId == request.Id, cancellationToken) is { } notice)
        {
            return (dates.CorrectionLapsed(notice, today) ? ReplyOutcome.OtherNoCorrection : null, notice.Deadline, "逾期未补正");
        }

        if (request.State == RequestState.AwaitingFee
            && await unit.Db.Set<FeeNotice>().SingleOrDefaultAsync(f => f.RequestId == request.Id, cancellationToken) is { } fee)
        {
            return (dates.FeeLapsed(fee, today) ? ReplyOutcome.OtherFeeUnpaid : null, fee.PayBy, "逾期未缴纳信息处理费");
        }

        return (null, null, "");
    }
}
