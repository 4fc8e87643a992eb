using System.Security.Claims;
using EGov.Disclosure.Contracts;
using EGov.Disclosure.Domain.Requests;
using EGov.Platform.Clocks;
using EGov.Platform.Identity;
using EGov.Platform.Results;
using Microsoft.EntityFrameworkCore;

namespace EGov.Disclosure.Requests.Handling.Corrections;

/// <summary>
/// The corrected request arrives (条例 第三十条): its text replaces the description (the first text is kept) and
/// the 20 working days count again from the day it arrived. Online from the applicant, or recorded by staff for paper.
/// </summary>
internal sealed class ReceiveCorrectionHandler(HandlingUnit unit, HandlingWork work, ClockService clocks, RequestJournal journal)
{
    /// <summary>Staff record a correction received on paper on <paramref name="correctedOn"/>.</summary>
    public async Task<Result> RecordAsync(Guid id, string? description, DateOnly? correctedOn, long? version, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var loaded = await unit.LoadAsync(id, DisclosurePermissions.Handle, version, cancellationToken);
        if (!loaded.IsSuccess)
        {
            return loaded.Error!;
        }

        if (correctedOn is not { } day)
        {
            return HandlingErrors.Required("CorrectedOn", "收到补正申请的日期");
        }

        return await ApplyAsync(loaded.Value, description, day, user, online: false, cancellationToken);
    }

    /// <param name="online">The applicant corrects on the platform today; a correction after the deadline is refused there.</param>
    public async Task<Result> ApplyAsync(HandlingCase handled, string? description, DateOnly correctedOn, ClaimsPrincipal? user, bool online, CancellationToken cancellationToken)
    {
        var request = handled.Request;
        var notice = await unit.Db.Set<CorrectionNotice>().SingleOrDefaultAsync(c => c.RequestId == request.Id, cancellationToken);
        if (request.State != RequestState.AwaitingCorrection || notice is null || notice.CorrectedOn is not null || handled.Clock is not { } clock)
        {
            return HandlingErrors.WrongState(request.State, "补正");
        }

        var today = unit.Today;
        if (correctedOn > today)
        {
            return HandlingErrors.FutureDate("CorrectedOn");
        }

        if (correctedOn < notice.SentOn)
        {
            return HandlingErrors.DateBefore("CorrectedOn", notice.SentOn, "补正告知发出之日");
        }

        if (online && correctedOn > notice.Deadline)
        {
            return Error.Conflict("disclosure.correction_deadline_passed", $"补正期限已于{HandlingErrors.Day(notice.Deadline)}届满，不能再在网上补正。如有正当理由，请与受理机关联系。");
        }

        if (string.IsNullOrWhiteSpace(description))
        {
            return HandlingErrors.Required("Description", "补正后的所需信息描述");
        }

        (notice.CorrectedOn, notice.CorrectedDescription) = (correctedOn, description.Trim());
        request.OriginalDescription ??= request.Description;
        request.Description = description.Trim();
        if (clocks.RestartFrom(clock, correctedOn) is { IsSuccess: false } restarted)
        {
            return restarted.Error!;
        }

        request.State = RequestState.Handling;
        journal.Record(
            request, "corrected", online ? "申请人在网上补正" : "收到补正后的申请", correctedOn, user,
            $"已收到补正后的申请。答复期限自{HandlingErrors.Day(correctedOn)}起重新计算，至{HandlingErrors.Day(clock.DueDate)}（《条例》第三十条）。");
        await work.MoveAsync(handled, user?.AccountId(), null, cancellationToken);
        return await unit.SaveAsync(handled, null, cancellationToken);
    }
}
