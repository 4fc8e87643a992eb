using System.Security.Claims;
using EGov.Documents.Contracts;
using EGov.Documents.Domain;
using EGov.Platform.Identity;
using EGov.Platform.Results;

namespace EGov.Documents.Outgoing.Handling;

/// <summary>
/// 用印: the 文书 seals the numbered document; the 印发日期 is today. <see cref="DocumentSealing"/> lays it out and
/// applies the agency's e-seal; the sealed PDF is saved with the step, or nothing is when sealing fails.
/// </summary>
internal sealed class SealHandler(DocumentUnit unit, OutgoingInbox inbox, DocumentSealing sealing)
{
    public async Task<Result> SealAsync(Guid id, long? version, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var loaded = await unit.LoadForAsync(id, version, FlowAction.Seal, "用印", DocumentsPermissions.Dispatch, d => d.DispatchDepartmentId, cancellationToken);
        if (!loaded.IsSuccess)
        {
            return loaded.Error!;
        }

        var document = loaded.Value;
        document.PrintedOn = unit.Today;
        var sealedPdf = await sealing.SealAsync(document, cancellationToken);
        if (!sealedPdf.IsSuccess)
        {
            unit.Db.ChangeTracker.Clear();
            return sealedPdf.Error!;
        }

        document.State = DocumentFlow.After(FlowAction.Seal);
        unit.AddOpinion(document, OpinionStep.Seal, OpinionDecision.Done, null, user);
        await inbox.CompleteAsync(document, OutgoingInbox.SealKind, user.AccountId(), cancellationToken);
        inbox.Dispatch(document, OutgoingInbox.DistributeKind, "待分发");
        unit.Audit(document, "sealed", user);
        return await unit.SaveAsync(document, cancellationToken);
    }
}
