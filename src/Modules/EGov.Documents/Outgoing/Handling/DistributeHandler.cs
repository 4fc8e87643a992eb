using System.Security.Claims;
using EGov.Documents.Contracts;
using EGov.Documents.Domain;
using EGov.Platform.Identity;
using EGov.Platform.Results;

namespace EGov.Documents.Outgoing.Handling;

/// <summary>
/// 分发 (条例 Art. 25(四) 核发): the sealed document goes to its main and copy recipients — the internal departments
/// chosen on the form, who receive it in their 收文 at once (<see cref="InternalDelivery"/>), and the names of the
/// printed lines that are not internal (external agencies, reached by 交换包 or on paper).
/// </summary>
internal sealed class DistributeHandler(DocumentUnit unit, OutgoingInbox inbox, RecipientList recipients, InternalDelivery delivery)
{
    public async Task<Result<IReadOnlyList<Distribution>>> DistributeAsync(Guid id, long? version, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var loaded = await unit.LoadForAsync(id, version, FlowAction.Distribute, "分发", DocumentsPermissions.Dispatch, d => d.DispatchDepartmentId, cancellationToken);
        if (!loaded.IsSuccess)
        {
            return loaded.Error!;
        }

        var document = loaded.Value;
        var sent = await recipients.OfAsync(document, unit.Now, cancellationToken);
        unit.Db.AddRange(sent);
        var delivered = await delivery.DeliverAsync(document, sent, unit.Now, cancellationToken);
        if (!delivered.IsSuccess)
        {
            unit.Db.ChangeTracker.Clear();
            return delivered.Error!;
        }

        document.State = DocumentFlow.After(FlowAction.Distribute);
        document.DistributedAt = unit.Now;
        unit.AddOpinion(document, OpinionStep.Distribute, OpinionDecision.Done, string.Join("，", sent.Select(s => s.Name)), user);
        await inbox.CompleteAsync(document, OutgoingInbox.DistributeKind, user.AccountId(), cancellationToken);
        inbox.Dispatch(document, OutgoingInbox.ArchiveKind, "待归档");
        unit.Audit(document, "distributed", user, $"{sent.Count}");
        var saved = await unit.SaveAsync(document, cancellationToken);
        return saved.IsSuccess ? sent : saved.Error!;
    }
}
