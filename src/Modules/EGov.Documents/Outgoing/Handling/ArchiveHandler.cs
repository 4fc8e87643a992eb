using System.Security.Claims;
using EGov.Documents.Contracts;
using EGov.Documents.Domain;
using EGov.Platform.Identity;
using EGov.Platform.Results;

namespace EGov.Documents.Outgoing.Handling;

/// <summary>归档 (条例 Art. 26; DA/T 22-2015): the distributed document is filed with its 保管期限.</summary>
internal sealed class ArchiveHandler(DocumentUnit unit, OutgoingInbox inbox)
{
    public async Task<Result> ArchiveAsync(Guid id, string? retention, long? version, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (EnumCodes.Retention(retention) is not { } period)
        {
            return OutgoingErrors.BadValue("Retention", "请选择保管期限：永久、30年或10年。");
        }

        var loaded = await unit.LoadForAsync(id, version, FlowAction.Archive, "归档", DocumentsPermissions.Dispatch, d => d.DispatchDepartmentId, cancellationToken);
        if (!loaded.IsSuccess)
        {
            return loaded.Error!;
        }

        var document = loaded.Value;
        document.State = DocumentFlow.After(FlowAction.Archive);
        document.Retention = period;
        unit.AddOpinion(document, OpinionStep.Archive, OpinionDecision.Done, DocumentNames.Of(period), user);
        await inbox.CompleteAsync(document, null, user.AccountId(), cancellationToken);
        unit.Audit(document, "archived", user, DocumentNames.Of(period));
        return await unit.SaveAsync(document, cancellationToken);
    }
}
