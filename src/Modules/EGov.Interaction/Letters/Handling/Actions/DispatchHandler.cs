using System.Security.Claims;
using EGov.Interaction.Contracts;
using EGov.Interaction.Domain.Letters;
using EGov.Platform.Identity;
using EGov.Platform.Results;

namespace EGov.Interaction.Letters.Handling.Actions;

/// <summary>分办/改派 and 不予受理 by the dispatcher of the mailbox's department.</summary>
internal sealed class DispatchHandler(LetterUnit unit, LetterRouting routing, LetterClocks clocks, LetterWork work, LetterJournal journal)
{
    /// <summary>Routes (or re-routes, before the reply) to any active department through <see cref="LetterRouting"/>.</summary>
    public async Task<Result> RouteAsync(Guid id, Guid? departmentId, string? note, long? version, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (departmentId is not { } department)
        {
            return HandlingErrors.Required("DepartmentId", "承办部门");
        }

        var loaded = await unit.LoadForAsync(id, LetterAction.Route, version, cancellationToken);
        if (!loaded.IsSuccess)
        {
            return loaded.Error!;
        }

        var letter = loaded.Value;
        if (await clocks.StopAsync(letter.SignForClockId, "改派", cancellationToken) is { IsSuccess: false } stopped)
        {
            return stopped;
        }

        await work.CompleteAsync(letter, user.AccountId(), cancellationToken, LetterWork.SignFor, LetterWork.Handle, LetterWork.Rehandle);
        letter.SignedForAt = null;
        var routed = await routing.RouteAsync(letter, department, user, StaffName.Trimmed(note), cancellationToken);
        return routed.IsSuccess ? await unit.SaveAsync(letter, cancellationToken) : routed;
    }

    /// <summary>不予受理 before the department signs for it: the reason is told to the writer and every clock stops.</summary>
    public async Task<Result> RejectAsync(Guid id, string? reason, long? version, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (StaffName.Trimmed(reason) is not { } why)
        {
            return HandlingErrors.Required("Reason", "不予受理的理由");
        }

        var loaded = await unit.LoadForAsync(id, LetterAction.Reject, version, cancellationToken);
        if (!loaded.IsSuccess)
        {
            return loaded.Error!;
        }

        var letter = loaded.Value;
        if (await StopAllAsync(clocks, letter, "不予受理", cancellationToken) is { IsSuccess: false } stopped)
        {
            return stopped;
        }

        await work.CompleteAsync(letter, user.AccountId(), cancellationToken);
        (letter.State, letter.RejectionReason, letter.ClosedAt) = (LetterState.Rejected, why, unit.Now);
        journal.Record(letter, "rejected", "不予受理", user, publicNote: $"不予受理的理由：{why}", departmentId: letter.MailboxDepartmentId);
        return await unit.SaveAsync(letter, cancellationToken);
    }

    public static async Task<Result> StopAllAsync(LetterClocks clocks, Letter letter, string outcome, CancellationToken cancellationToken)
    {
        var signFor = await clocks.StopAsync(letter.SignForClockId, outcome, cancellationToken);
        return signFor.IsSuccess ? await clocks.StopAsync(letter.ReplyClockId, outcome, cancellationToken) : signFor;
    }
}
