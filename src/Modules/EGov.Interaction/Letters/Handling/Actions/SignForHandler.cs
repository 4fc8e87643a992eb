using System.Security.Claims;
using EGov.Interaction.Domain.Letters;
using EGov.Platform.Identity;
using EGov.Platform.Organization;
using EGov.Platform.Results;

namespace EGov.Interaction.Letters.Handling.Actions;

/// <summary>签收 and 退回 by the handling department.</summary>
internal sealed class SignForHandler(
    LetterUnit unit, LetterClocks clocks, LetterWork work, LetterRouting routing, LetterJournal journal, IOrganizationDirectory organization)
{
    public async Task<Result> SignForAsync(Guid id, long? version, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var loaded = await unit.LoadForAsync(id, LetterAction.SignFor, version, cancellationToken);
        if (!loaded.IsSuccess)
        {
            return loaded.Error!;
        }

        var letter = loaded.Value;
        if (await clocks.StopAsync(letter.SignForClockId, "已签收", cancellationToken) is { IsSuccess: false } stopped)
        {
            return stopped;
        }

        (letter.State, letter.SignedForAt) = (LetterState.Handling, unit.Now);
        await work.CompleteAsync(letter, user.AccountId(), cancellationToken, LetterWork.SignFor);
        await work.AddAsync(letter, LetterWork.Handle, cancellationToken);
        var department = letter.HandlingDepartmentId is { } d ? (await organization.FindAsync(d, cancellationToken))?.Name : null;
        journal.Record(letter, "signed_for", "已签收，正在办理", user, publicNote: $"{department}已签收您的来信，正在办理。", departmentId: letter.HandlingDepartmentId);
        return await unit.SaveAsync(letter, cancellationToken);
    }

    /// <summary>退回: not ours to handle; the dispatcher of the mailbox sees the reason and routes it again.</summary>
    public async Task<Result> ReturnAsync(Guid id, string? reason, long? version, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (StaffName.Trimmed(reason) is not { } why)
        {
            return HandlingErrors.Required("Reason", "退回的理由");
        }

        var loaded = await unit.LoadForAsync(id, LetterAction.Return, version, cancellationToken);
        if (!loaded.IsSuccess)
        {
            return loaded.Error!;
        }

        var letter = loaded.Value;
        if (await clocks.StopAsync(letter.SignForClockId, "退回", cancellationToken) is { IsSuccess: false } stopped)
        {
            return stopped;
        }

        var from = letter.HandlingDepartmentId;
        await work.CompleteAsync(letter, user.AccountId(), cancellationToken, LetterWork.SignFor, LetterWork.Handle, LetterWork.Rehandle);
        letter.SignedForAt = null;
        routing.AwaitDispatch(letter, $"退回：{why}");
        journal.Record(letter, "returned", "承办部门退回，待重新分办", user, internalNote: why, departmentId: from);
        return await unit.SaveAsync(letter, cancellationToken);
    }
}
