using EGov.Documents.Contracts;
using EGov.Documents.Domain;
using Microsoft.EntityFrameworkCore;

namespace EGov.Documents.Outgoing.Handling;

/// <summary>Whether the signed-in person holds the document's current step, and which: the buttons a page shows, who may return it.</summary>
internal sealed class StepActors(DocumentUnit unit)
{
    public async Task<OpinionStep?> StepOfAsync(OfficialDocument d, CancellationToken cancellationToken)
    {
        var (step, permission, department) = d.State switch
        {
            DocumentState.Reviewing => (OpinionStep.Review, DocumentsPermissions.Review, d.DepartmentId),
            DocumentState.SigningOff => (OpinionStep.SignOff, DocumentsPermissions.SignOff, d.AgencyId),
            DocumentState.SignedOff => (OpinionStep.Number, DocumentsPermissions.Dispatch, d.DispatchDepartmentId),
            DocumentState.Numbered => (OpinionStep.Seal, DocumentsPermissions.Dispatch, d.DispatchDepartmentId),
            DocumentState.Sealed => (OpinionStep.Distribute, DocumentsPermissions.Dispatch, d.DispatchDepartmentId),
            DocumentState.Distributed => (OpinionStep.Archive, DocumentsPermissions.Dispatch, d.DispatchDepartmentId),
            DocumentState.Countersigning => (OpinionStep.Countersign, DocumentsPermissions.Countersign, Guid.Empty),
            _ => (OpinionStep.Draft, DocumentsPermissions.Draft, Guid.Empty),
        };
        if (d.State == DocumentState.Countersigning)
        {
            return await HasPendingCountersignAsync(d, cancellationToken) ? step : null;
        }

        return department != Guid.Empty && await unit.Scope.CoversAsync(permission, department, cancellationToken) ? step : null;
    }

    /// <summary>门户公开 is open to the 印发机关 once an issued 主动公开 document is not yet on the portal.</summary>
    public async Task<bool> MayPublishAsync(OfficialDocument d, CancellationToken cancellationToken)
        => d.Publicity == Publicity.Proactive && d.PublishedAt is null && DocumentFlow.Allows(d.State, FlowAction.Publish)
            && await unit.Scope.CoversAsync(DocumentsPermissions.Dispatch, d.DispatchDepartmentId, cancellationToken);

    private async Task<bool> HasPendingCountersignAsync(OfficialDocument d, CancellationToken cancellationToken)
    {
        var pending = await unit.Db.Set<Countersign>()
            .Where(c => c.DocumentId == d.Id && c.Round == d.Round && c.Agreed == null).Select(c => c.DepartmentId).ToListAsync(cancellationToken);
        var scope = await unit.Scope.ForAsync(DocumentsPermissions.Countersign, cancellationToken);
        return pending.Any(scope.Contains);
    }
}
