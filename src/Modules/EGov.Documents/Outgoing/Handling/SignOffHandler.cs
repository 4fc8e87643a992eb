using System.Security.Claims;
using EGov.Documents.Contracts;
using EGov.Documents.Domain;
using EGov.Platform.Identity;
using EGov.Platform.Results;

namespace EGov.Documents.Outgoing.Handling;

/// <summary>
/// 签发 (条例 Art. 21): a leader of the issuing agency signs; their name becomes the 签发人 and the day the 成文日期
/// unless the drafter fixed one; the document goes to the 印发机关's 文书 for 编号.
/// </summary>
internal sealed class SignOffHandler(DocumentUnit unit, OutgoingInbox inbox)
{
    public async Task<Result> SignOffAsync(Guid id, string? opinion, long? version, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var loaded = await unit.LoadForAsync(id, version, FlowAction.SignOff, "签发", DocumentsPermissions.SignOff, d => d.AgencyId, cancellationToken);
        if (!loaded.IsSuccess)
        {
            return loaded.Error!;
        }

        var document = loaded.Value;
        var text = DocumentUnit.Trimmed(opinion) ?? "同意";
        document.State = DocumentFlow.After(FlowAction.SignOff);
        document.Signer = DocumentUnit.NameOf(user);
        document.SignedOffOn = unit.Today;
        document.WrittenOn ??= unit.Today;
        unit.AddOpinion(document, OpinionStep.SignOff, OpinionDecision.Agreed, text, user);
        await inbox.CompleteAsync(document, OutgoingInbox.SignOffKind, user.AccountId(), cancellationToken);
        inbox.Dispatch(document, OutgoingInbox.NumberKind, "待编号");
        unit.Audit(document, "signed_off", user, text);
        return await unit.SaveAsync(document, cancellationToken);
    }
}
