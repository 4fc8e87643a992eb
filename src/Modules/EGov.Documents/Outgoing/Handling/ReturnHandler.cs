using System.Security.Claims;
using EGov.Documents.Domain;
using EGov.Platform.Identity;
using EGov.Platform.Results;

namespace EGov.Documents.Outgoing.Handling;

/// <summary>退回: whoever holds the current step sends the document back to the drafter with comments.</summary>
internal sealed class ReturnHandler(DocumentUnit unit, OutgoingInbox inbox, StepActors actors)
{
    public async Task<Result> ReturnAsync(Guid id, string? comments, long? version, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (DocumentUnit.Trimmed(comments) is not { } text)
        {
            return OutgoingErrors.Required("Comments", "退回意见");
        }

        var loaded = await unit.LoadAsync(id, version, FlowAction.Return, "退回", cancellationToken);
        if (!loaded.IsSuccess)
        {
            return loaded.Error!;
        }

        var document = loaded.Value;
        if (await actors.StepOfAsync(document, cancellationToken) is not { } step)
        {
            return OutgoingErrors.NotYours;
        }

        document.State = DocumentFlow.After(FlowAction.Return);
        unit.AddOpinion(document, step, OpinionDecision.Returned, text, user);
        await inbox.CompleteAsync(document, null, user.AccountId(), cancellationToken);
        inbox.Revise(document);
        unit.Audit(document, "returned", user, text);
        return await unit.SaveAsync(document, cancellationToken);
    }
}
