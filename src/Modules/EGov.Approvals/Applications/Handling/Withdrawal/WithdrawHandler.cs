using System.Security.Claims;
using EGov.Approvals.Contracts;
using EGov.Approvals.Domain.Applications;
using EGov.Platform.Identity;
using EGov.Platform.Results;
using Microsoft.EntityFrameworkCore;

namespace EGov.Approvals.Applications.Handling.Withdrawal;

/// <summary>
/// 撤回申请: the applicant withdraws online before a decision, or staff register a written withdrawal. The clocks stop,
/// the to-do items are completed and any special procedure ends.
/// </summary>
internal sealed class WithdrawHandler(HandlingUnit unit, HandlingClocks clocks, HandlingWork work, ApplicationJournal journal)
{
    public async Task<Result> WithdrawOwnAsync(Guid id, string? reason, long? version, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var loaded = await unit.LoadOwnAsync(id, user.AccountId(), version, cancellationToken);
        return loaded.IsSuccess ? await ApplyAsync(loaded.Value, reason, "申请人在网上撤回申请", user, cancellationToken) : loaded.Error!;
    }

    public async Task<Result> RegisterAsync(Guid id, string? reason, long? version, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            return HandlingErrors.Required("Reason", "申请人书面撤回申请的情况");
        }

        var loaded = await unit.LoadAsync(id, ApprovalsPermissions.Accept, version, cancellationToken);
        return loaded.IsSuccess ? await ApplyAsync(loaded.Value, reason, "申请人书面申请撤回", user, cancellationToken) : loaded.Error!;
    }

    private async Task<Result> ApplyAsync(HandlingCase handled, string? reason, string how, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var application = handled.Application;
        if (application.State is not (ApplicationState.Submitted or ApplicationState.AwaitingCorrection or ApplicationState.UnderReview))
        {
            return Error.Conflict(
                "approvals.withdraw_after_decision", $"该办件当前状态为“{Domain.ApprovalsNames.Of(application.State)}”，只能在作出决定前撤回申请。");
        }

        var today = unit.Today;
        (application.State, application.WithdrawnAt) = (ApplicationState.Withdrawn, unit.Now);
        if (clocks.StopAll(handled, "申请人撤回") is { IsSuccess: false } stopped)
        {
            return stopped;
        }

        foreach (var procedure in await unit.Db.Set<SpecialProcedure>().Where(p => p.ApplicationId == handled.Id && p.EndedOn == null).ToListAsync(cancellationToken))
        {
            (procedure.EndedOn, procedure.Outcome) = (today, "申请人撤回申请");
        }

        var note = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        journal.Record(application, "withdrawn", "已撤回申请", today, user, $"{how}，本机关终止办理。", note);
        await work.MoveAsync(handled, user.AccountId(), cancellationToken);
        return await unit.SaveAsync(handled, cancellationToken);
    }
}
