using System.Security.Claims;
using EGov.Documents.Contracts;
using EGov.Documents.Domain;
using EGov.Documents.Domain.Incoming;
using EGov.Platform.Identity;
using EGov.Platform.Results;

namespace EGov.Documents.Incoming.Steps;

/// <summary>归档 with a 保管期限 (DA/T 22-2015: 永久、定期30年、定期10年) by the unit's 文书.</summary>
internal sealed class ArchiveHandler(IncomingUnit unit, IncomingInbox inbox)
{
    public async Task<Result> ArchiveAsync(Guid id, Retention retention, long? version, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var loaded = await unit.LoadAsync(id, IncomingSteps.Archived, version, user, StepRole.Recipient(DocumentsPermissions.Receive), cancellationToken);
        if (!loaded.IsSuccess)
        {
            return loaded.Error!;
        }

        var document = loaded.Value;
        (document.Retention, document.ArchivedAt, document.State) = (retention, unit.Now, IncomingState.Archived);
        await inbox.CompleteAsync(document, IncomingInbox.ArchiveKind, user.AccountId(), cancellationToken);
        unit.Record(document, IncomingSteps.Archived, user, $"保管期限：{DocumentNames.Of(retention)}");
        return await unit.SaveAsync(document, cancellationToken);
    }
}
