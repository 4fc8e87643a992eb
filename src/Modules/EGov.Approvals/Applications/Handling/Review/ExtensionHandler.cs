using System.Security.Claims;
using EGov.Approvals.Contracts;
using EGov.Approvals.Domain.Applications;
using EGov.Platform.Clocks;
using EGov.Platform.Identity;
using EGov.Platform.Results;
using Microsoft.EntityFrameworkCore;

namespace EGov.Approvals.Applications.Handling.Review;

/// <summary>
/// 延长办理期限 (第四十二条): a reviewer asks with the reason; the agency head (holder of
/// <see cref="ApprovalsPermissions.ApproveExtension"/>) approves +10 working days, or +15 for joint handling (第二款: by
/// the government's head), once, before the statutory period ends; the reason is told to the applicant in writing.
/// </summary>
internal sealed class ExtensionHandler(HandlingUnit unit, HandlingClocks clocks, HandlingNotices notices, HandlingWork work, ApplicationJournal journal)
{
    public async Task<Result> RequestAsync(Guid id, string? reason, long? version, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            return HandlingErrors.Required("Reason", "延期的理由");
        }

        var loaded = await unit.LoadAsync(id, ApprovalsPermissions.Review, version, cancellationToken);
        if (!loaded.IsSuccess)
        {
            return loaded.Error!;
        }

        var handled = loaded.Value;
        if (await RefusalAsync(handled, cancellationToken) is { } refused)
        {
            return refused;
        }

        var days = HandlingDates.ExtensionDays(handled.Item);
        unit.Db.Add(new Extension { ApplicationId = id, Days = days, Reason = reason.Trim(), RequestedBy = user.AccountId() ?? Guid.Empty, RequestedAt = unit.Now });
        work.Add(handled, HandlingWork.ApproveExtension);
        journal.Record(handled.Application, "extension_requested", $"申请延长办理期限{days}个工作日", unit.Today, user, internalNote: reason.Trim());
        return await unit.SaveAsync(handled, cancellationToken);
    }

    public async Task<Result> DecideAsync(Guid id, bool approve, string? note, long? version, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var loaded = await unit.LoadAsync(id, ApprovalsPermissions.ApproveExtension, version, cancellationToken);
        if (!loaded.IsSuccess)
        {
            return loaded.Error!;
        }

        var handled = loaded.Value;
        var extension = await unit.Db.Set<Extension>().SingleOrDefaultAsync(e => e.ApplicationId == id && e.Approved == null, cancellationToken);
        if (extension is null)
        {
            return HandlingErrors.NoPendingExtension;
        }

        if (approve && await RefusalAsync(handled, cancellationToken, pendingAllowed: true) is { } refused)
        {
            return refused;
        }

        (extension.Approved, extension.DecidedBy, extension.DecidedAt) = (approve, user.AccountId(), unit.Now);
        extension.DecisionNote = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        await work.CompleteAsync(handled, HandlingWork.ApproveExtension, user.AccountId(), cancellationToken);
        var today = unit.Today;
        if (!approve)
        {
            journal.Record(handled.Application, "extension_refused", "不同意延长办理期限", today, user, internalNote: extension.DecisionNote);
            return await unit.SaveAsync(handled, cancellationToken);
        }

        var approver = user.FindFirstValue(PlatformClaims.DisplayName) ?? user.Identity?.Name ?? "";
        var statutory = handled.Statutory!;
        if (clocks.Extend(statutory, extension.Days, extension.Reason, approver) is { IsSuccess: false } extended)
        {
            return extended;
        }

        handled.Application.Extended = true;
        var told = $"因{extension.Reason}，你（单位）的申请不能在法定期限内作出决定，经本机关负责人批准，办理期限延长{extension.Days}个工作日，至{HandlingErrors.Day(statutory.DueDate)}。";
        var written = await notices.WriteAsync(handled.Application, DocumentKind.ExtensionNotice, [told], HandlingNotices.Law("第四十二条"), today, cancellationToken);
        if (!written.IsSuccess)
        {
            return written.Error!;
        }

        journal.Record(handled.Application, "extended", $"延长办理期限{extension.Days}个工作日", today, user, told, extension.DecisionNote, statutory.DueDate);
        return await unit.SaveAsync(handled, cancellationToken);
    }

    private async Task<Error?> RefusalAsync(HandlingCase handled, CancellationToken cancellationToken, bool pendingAllowed = false)
    {
        if (handled.State != ApplicationState.UnderReview)
        {
            return HandlingErrors.WrongState(handled.State, "延长办理期限");
        }

        if (handled.Statutory is not { } statutory || statutory.State == ClockState.Stopped)
        {
            return HandlingErrors.NoStatutoryClock;
        }

        if (handled.Application.Extended
            || (!pendingAllowed && await unit.Db.Set<Extension>().AnyAsync(e => e.ApplicationId == handled.Id && e.Approved != false, cancellationToken)))
        {
            return HandlingErrors.ExtensionOnce;
        }

        return statutory.LevelOn(unit.Today) == WarningLevel.Overdue ? HandlingErrors.ExtensionOverdue : null;
    }
}
