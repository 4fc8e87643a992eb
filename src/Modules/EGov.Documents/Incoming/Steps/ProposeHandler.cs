using System.Security.Claims;
using EGov.Documents.Contracts;
using EGov.Documents.Domain.Incoming;
using EGov.Platform.Identity;
using EGov.Platform.Results;

namespace EGov.Documents.Incoming.Steps;

/// <summary>拟办 (条例 第二十四条（四）): the 文书 proposes how to handle a 批办性 document and passes it to the unit's leaders.</summary>
internal sealed class ProposeHandler(IncomingUnit unit, IncomingInbox inbox)
{
    public const int ProposalMaxLength = 2000;

    public async Task<Result> ProposeAsync(Guid id, string? proposal, long? version, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var text = IncomingUnit.Text(proposal, "Proposal", "拟办意见", ProposalMaxLength);
        if (!text.IsSuccess)
        {
            return text.Error!;
        }

        var loaded = await unit.LoadAsync(id, IncomingSteps.Proposed, version, user, StepRole.Recipient(DocumentsPermissions.Receive), cancellationToken);
        if (!loaded.IsSuccess)
        {
            return loaded.Error!;
        }

        var document = loaded.Value;
        (document.Proposal, document.State) = (text.Value, IncomingState.AwaitingInstruction);
        await inbox.CompleteAsync(document, IncomingInbox.ProposeKind, user.AccountId(), cancellationToken);
        inbox.ForUnit(document, IncomingInbox.InstructKind, "待批办", document.DepartmentId, DocumentsPermissions.Instruct);
        unit.Record(document, IncomingSteps.Proposed, user, text.Value);
        return await unit.SaveAsync(document, cancellationToken);
    }
}
