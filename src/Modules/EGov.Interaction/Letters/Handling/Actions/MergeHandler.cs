using System.Security.Claims;
using EGov.Interaction.Domain.Letters;
using EGov.Platform.Identity;
using EGov.Platform.Results;
using Microsoft.EntityFrameworkCore;

namespace EGov.Interaction.Letters.Handling.Actions;

/// <summary>
/// 合并重复件: a duplicate (this letter) is merged into another letter of the same mailbox department. Its clocks stop, its
/// to-dos close, its writer is told the other letter's number; the other letter's reply answers it too.
/// </summary>
internal sealed class MergeHandler(LetterUnit unit, LetterClocks clocks, LetterWork work, LetterJournal journal)
{
    /// <param name="into">The letter that stays: its id, or its number.</param>
    public async Task<Result> MergeAsync(Guid id, string? into, long? version, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (StaffName.Trimmed(into) is not { } target)
        {
            return HandlingErrors.Required("Into", "合并到的信件编号");
        }

        var loaded = await unit.LoadForAsync(id, LetterAction.Merge, version, cancellationToken);
        if (!loaded.IsSuccess)
        {
            return loaded.Error!;
        }

        var letter = loaded.Value;
        var targetId = Guid.TryParse(target, out var parsed) ? parsed : (Guid?)null;
        var main = await unit.Db.Set<Letter>().SingleOrDefaultAsync(l => l.Id == targetId || l.Number == target, cancellationToken);
        if (main?.Id == letter.Id)
        {
            return HandlingErrors.MergeSelf;
        }

        if (main is null || main.MailboxDepartmentId != letter.MailboxDepartmentId || main.State is LetterState.Merged or LetterState.Rejected or LetterState.Held)
        {
            return HandlingErrors.MergeTarget;
        }

        if (await DispatchHandler.StopAllAsync(clocks, letter, "已合并", cancellationToken) is { IsSuccess: false } stopped)
        {
            return stopped;
        }

        await work.CompleteAsync(letter, user.AccountId(), cancellationToken);
        (letter.State, letter.MergedIntoId) = (LetterState.Merged, main.Id);
        journal.Record(
            letter, "merged", $"与信件 {main.Number} 合并办理", user,
            publicNote: $"您反映的问题与编号为 {main.Number} 的来信相同，已合并办理，答复将一并告知您。", departmentId: letter.MailboxDepartmentId);
        if (main.ReplyContent is { } reply)
        {
            (letter.ReplyContent, letter.RepliedAt, letter.ReplyingDepartmentName) = (reply, unit.Now, main.ReplyingDepartmentName);
            journal.Record(letter, "replied", $"{main.ReplyingDepartmentName}已答复（与信件 {main.Number} 合并办理）", user, publicNote: reply);
        }

        return await unit.SaveAsync(letter, cancellationToken);
    }
}
