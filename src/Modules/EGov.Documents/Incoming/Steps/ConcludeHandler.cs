using System.Security.Claims;
using EGov.Documents.Contracts;
using EGov.Documents.Domain.Incoming;
using EGov.Platform.Identity;
using EGov.Platform.Results;
using Microsoft.EntityFrameworkCore;

namespace EGov.Documents.Incoming.Steps;

/// <summary>
/// 答复/办结 (条例 第二十四条（七）): the lead unit concludes a 批办性 document with its reply or result; the 文书
/// concludes a 阅知性 one after circulation. The handling clock stops; the 文书 is asked to file it.
/// </summary>
internal sealed class ConcludeHandler(IncomingUnit unit, IncomingInbox inbox, IncomingClock clock)
{
    public const int TextMaxLength = 4000;

    /// <summary>The lead unit concludes what it handles; the 文书 concludes a circulated 阅知性 document.</summary>
    private static readonly StepRole Concluder = new(
        d => d.State == IncomingState.Handling ? [DocumentsPermissions.Handle] : [DocumentsPermissions.Receive],
        d => d.State == IncomingState.Handling ? d.LeadDepartmentId : d.DepartmentId);

    public async Task<Result> ConcludeAsync(Guid id, string? conclusion, long? version, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var text = IncomingUnit.Text(conclusion, "Conclusion", "办理结果", TextMaxLength);
        if (!text.IsSuccess)
        {
            return text.Error!;
        }

        var loaded = await unit.LoadAsync(id, IncomingSteps.Concluded, version, user, Concluder, cancellationToken);
        if (!loaded.IsSuccess)
        {
            return loaded.Error!;
        }

        var document = loaded.Value;
        (document.Conclusion, document.ConcludedAt, document.State) = (text.Value, unit.Now, IncomingState.Concluded);
        var stopped = await clock.StopAsync(document, "办结", cancellationToken);
        if (!stopped.IsSuccess)
        {
            return stopped.Error!;
        }

        var by = user.AccountId();
        await inbox.CompleteAsync(document, null, by, cancellationToken);
        foreach (var assisting in await unit.Db.Set<AssistingUnit>().Where(a => a.DocumentId == id).Select(a => a.DepartmentId).ToListAsync(cancellationToken))
        {
            await inbox.CompleteAssistingAsync(document, assisting, by, cancellationToken);
        }

        inbox.ForUnit(document, IncomingInbox.ArchiveKind, "待归档", document.DepartmentId, DocumentsPermissions.Receive);
        unit.Record(document, IncomingSteps.Concluded, user, text.Value);
        return await unit.SaveAsync(document, cancellationToken);
    }
}
