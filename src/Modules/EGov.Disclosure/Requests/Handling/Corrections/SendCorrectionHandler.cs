using System.Security.Claims;
using EGov.Disclosure.Contracts;
using EGov.Disclosure.Domain.Requests;
using EGov.Disclosure.Letters;
using EGov.Platform.Clocks;
using EGov.Platform.Identity;
using EGov.Platform.Results;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace EGov.Disclosure.Requests.Handling.Corrections;

/// <summary>
/// 补正告知 (条例 第三十条): once, within 7 working days of receipt, everything to correct in one notice and a
/// reasonable period. The clock pauses until the corrected request arrives.
/// </summary>
internal sealed class SendCorrectionHandler(
    HandlingUnit unit, HandlingDates dates, HandlingWork work, ClockService clocks, RequestJournal journal, IOptions<DisclosureOptions> options)
{
    public async Task<Result> HandleAsync(Guid id, string? items, long? version, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var loaded = await unit.LoadAsync(id, DisclosurePermissions.Handle, version, cancellationToken);
        if (!loaded.IsSuccess)
        {
            return loaded.Error!;
        }

        var handled = loaded.Value;
        var request = handled.Request;
        if (request.State != RequestState.Handling || handled.Clock is not { } clock || request.ReceivedOn is not { } receivedOn)
        {
            return HandlingErrors.WrongState(request.State, "发出补正告知");
        }

        if (await unit.Db.Set<CorrectionNotice>().AnyAsync(c => c.RequestId == id, cancellationToken))
        {
            return HandlingErrors.CorrectionOnce;
        }

        var today = unit.Today;
        var lastDay = dates.LastDayForCorrectionNotice(receivedOn);
        if (today > lastDay)
        {
            return Error.Conflict(
                "disclosure.correction_too_late",
                $"补正告知应当自收到申请之日起7个工作日内一次性发出（《条例》第三十条）。本申请收到于{HandlingErrors.Day(receivedOn)}，最迟应于{HandlingErrors.Day(lastDay)}发出，已经超过期限。");
        }

        if (string.IsNullOrWhiteSpace(items))
        {
            return HandlingErrors.Required("Items", "需要补正的全部事项（一次性告知）");
        }

        var deadline = dates.AddWorkingDays(today, options.Value.CorrectionPeriodWorkingDays);
        unit.Db.Add(new CorrectionNotice { RequestId = id, SentOn = today, Items = items.Trim(), Deadline = deadline, SentBy = user.AccountId() ?? Guid.Empty });
        if (clocks.Pause(clock, PauseReasons.Correction, today, "补正告知") is { IsSuccess: false } paused)
        {
            return paused.Error!;
        }

        request.State = RequestState.AwaitingCorrection;
        journal.Record(
            request, "correction_sent", "发出补正告知", today, user,
            $"请于{HandlingErrors.Day(deadline)}前补正以下事项：{items.Trim()}。答复期限自收到补正后的申请之日起重新计算；无正当理由逾期不补正的，视为放弃申请（《条例》第三十条）。");
        await work.MoveAsync(handled, user.AccountId(), deadline, cancellationToken);
        return await unit.SaveAsync(handled, new HandlingLetter(LetterKind.Correction, VisibleToApplicant: true), cancellationToken);
    }
}
