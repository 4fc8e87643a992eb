using System.Security.Claims;
using EGov.Documents.Contracts;
using EGov.Documents.Domain;
using EGov.Platform.Identity;
using EGov.Platform.Results;
using Microsoft.EntityFrameworkCore;

namespace EGov.Documents.Outgoing.Handling;

/// <summary>
/// 会签 (条例 Art. 20): each chosen department answers in parallel; when all agree the document goes to 签发, one
/// disagreement sends it back to the drafter with that department's opinion.
/// </summary>
internal sealed class CountersignHandler(DocumentUnit unit, OutgoingInbox inbox)
{
    public async Task<Result> AnswerAsync(Guid id, bool agree, string? opinion, long? version, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var text = DocumentUnit.Trimmed(opinion) ?? (agree ? "同意" : null);
        if (text is null)
        {
            return OutgoingErrors.Required("Opinion", "不同意的理由");
        }

        var loaded = await unit.LoadAsync(id, version, FlowAction.Countersign, "会签", cancellationToken);
        if (!loaded.IsSuccess)
        {
            return loaded.Error!;
        }

        var document = loaded.Value;
        var round = await unit.Db.Set<Countersign>().Where(c => c.DocumentId == id && c.Round == document.Round).ToListAsync(cancellationToken);
        var mine = await PendingForAsync(round, cancellationToken);
        if (mine is null)
        {
            return OutgoingErrors.CountersignNotPending;
        }

        (mine.Agreed, mine.AnsweredAt) = (agree, unit.Now);
        unit.AddOpinion(document, OpinionStep.Countersign, agree ? OpinionDecision.Agreed : OpinionDecision.Disagreed, text, user);
        await inbox.CompleteAsync(document, OutgoingInbox.CountersignKind(mine.DepartmentId), user.AccountId(), cancellationToken);
        document.State = DocumentFlow.AfterCountersign([.. round.Select(c => c.Agreed)]);
        if (document.State == DocumentState.SigningOff)
        {
            inbox.SignOff(document);
        }
        else if (document.State == DocumentState.Returned)
        {
            await inbox.CompleteAsync(document, null, user.AccountId(), cancellationToken);
            inbox.Revise(document);
        }

        unit.Audit(document, agree ? "countersigned" : "countersign_refused", user, text);
        return await unit.SaveAsync(document, cancellationToken);
    }

    /// <summary>The unanswered countersign of a department in the user's countersign scope.</summary>
    private async Task<Countersign?> PendingForAsync(IEnumerable<Countersign> round, CancellationToken cancellationToken)
    {
        foreach (var c in round.Where(c => c.Agreed is null))
        {
            if (await unit.Scope.CoversAsync(DocumentsPermissions.Countersign, c.DepartmentId, cancellationToken))
            {
                return c;
            }
        }

        return null;
    }
}
