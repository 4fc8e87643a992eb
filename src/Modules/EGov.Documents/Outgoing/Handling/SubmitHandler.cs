using System.Security.Claims;
using EGov.Documents.Contracts;
using EGov.Documents.Domain;
using EGov.Documents.Rules;
using EGov.Platform.Identity;
using EGov.Platform.Results;

namespace EGov.Documents.Outgoing.Handling;

/// <summary>拟稿 → 核稿: the drafter submits a draft that breaks no 行文规则 to the department head.</summary>
internal sealed class SubmitHandler(DocumentUnit unit, DraftRuleCheck rules, OutgoingInbox inbox)
{
    public async Task<Result> SubmitAsync(Guid id, long? version, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var loaded = await unit.LoadAsync(id, version, FlowAction.Submit, "提交核稿", cancellationToken);
        if (!loaded.IsSuccess)
        {
            return loaded.Error!;
        }

        var document = loaded.Value;
        if (document.DrafterId != user.AccountId() || !user.HasPermission(DocumentsPermissions.Draft))
        {
            return OutgoingErrors.NotDrafter;
        }

        var findings = await rules.CheckAsync(document, cancellationToken);
        if (DraftingRules.HasErrors(findings))
        {
            return OutgoingErrors.Rules(findings);
        }

        document.State = DocumentFlow.After(FlowAction.Submit);
        document.Round++;
        unit.AddOpinion(document, OpinionStep.Draft, OpinionDecision.Submitted, null, user);
        await inbox.CompleteAsync(document, OutgoingInbox.ReviseKind, user.AccountId(), cancellationToken);
        inbox.Review(document);
        unit.Audit(document, "submitted", user);
        return await unit.SaveAsync(document, cancellationToken);
    }
}
