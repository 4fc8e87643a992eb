using System.Security.Claims;
using EGov.Documents.Contracts;
using EGov.Documents.Domain.Incoming;
using EGov.Platform.Identity;
using EGov.Platform.Results;

namespace EGov.Documents.Incoming.Steps;

/// <summary>
/// 初审 (条例 第二十四条（三）): should this unit handle it, does it follow the 行文规则, are 文种 and format right?
/// A document that fails goes back to the sender with the reasons; one that passes is 阅知性 (circulated) or 批办性 (拟办).
/// </summary>
internal sealed class CheckHandler(IncomingUnit unit, IncomingInbox inbox, IncomingClock clock)
{
    public const int ReasonMaxLength = 2000;

    public async Task<Result> AcceptAsync(Guid id, HandlingKind kind, long? version, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var loaded = await unit.LoadAsync(id, IncomingSteps.Checked, version, user, StepRole.Recipient(DocumentsPermissions.Receive), cancellationToken);
        if (!loaded.IsSuccess)
        {
            return loaded.Error!;
        }

        var document = loaded.Value;
        (document.HandlingKind, document.State) = (kind, IncomingFlow.AfterCheck(kind));
        await inbox.CompleteAsync(document, IncomingInbox.CheckKind, user.AccountId(), cancellationToken);
        if (kind == HandlingKind.Reading)
        {
            inbox.ForUnit(document, IncomingInbox.CirculatingKind, "传阅并办结", document.DepartmentId, DocumentsPermissions.Receive);
        }
        else
        {
            inbox.ForUnit(document, IncomingInbox.ProposeKind, "待拟办", document.DepartmentId, DocumentsPermissions.Receive);
        }

        unit.Record(document, IncomingSteps.Checked, user, $"初审通过：{IncomingNames.Of(kind)}公文");
        return await unit.SaveAsync(document, cancellationToken);
    }

    public async Task<Result> ReturnAsync(Guid id, string? reason, long? version, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var text = IncomingUnit.Text(reason, "Reason", "退回理由", ReasonMaxLength);
        if (!text.IsSuccess)
        {
            return text.Error!;
        }

        var loaded = await unit.LoadAsync(id, IncomingSteps.Returned, version, user, StepRole.Recipient(DocumentsPermissions.Receive), cancellationToken);
        if (!loaded.IsSuccess)
        {
            return loaded.Error!;
        }

        var document = loaded.Value;
        (document.State, document.ReturnReason, document.ReturnedAt) = (IncomingState.Returned, text.Value, unit.Now);
        var stopped = await clock.StopAsync(document, "初审退回", cancellationToken);
        if (!stopped.IsSuccess)
        {
            return stopped.Error!;
        }

        await inbox.CompleteAsync(document, null, user.AccountId(), cancellationToken);
        unit.Record(document, IncomingSteps.Returned, user, text.Value);
        return await unit.SaveAsync(document, cancellationToken);
    }
}
