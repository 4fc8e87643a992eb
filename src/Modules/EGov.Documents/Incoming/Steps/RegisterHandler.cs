using System.Security.Claims;
using EGov.Documents.Contracts;
using EGov.Documents.Domain.Incoming;
using EGov.Platform.Identity;
using EGov.Platform.Numbering;
using EGov.Platform.Organization;
using EGov.Platform.Results;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace EGov.Documents.Incoming.Steps;

/// <summary>
/// 登记 (条例 第二十四条（二）): the 收文编号 from the unit's yearly sequence, and for 特急/加急 documents the handling
/// clock (第二十四条（四）: 紧急公文应当明确办理时限).
/// </summary>
internal sealed class RegisterHandler(
    IncomingUnit unit, IncomingInbox inbox, IncomingClock clock, INumberingService numbering, IOrganizationDirectory organization, IOptions<IncomingOptions> options)
{
    public async Task<Result<string>> RegisterAsync(Guid id, long? version, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var loaded = await unit.LoadAsync(id, IncomingSteps.Registered, version, user, StepRole.Recipient(DocumentsPermissions.Receive), cancellationToken);
        if (!loaded.IsSuccess)
        {
            return loaded.Error!;
        }

        var document = loaded.Value;
        var code = (await organization.FindAsync(document.DepartmentId, cancellationToken))?.Code ?? document.DepartmentId.ToString("N");
        await using var transaction = await unit.Db.Database.BeginTransactionAsync(cancellationToken);
        var year = unit.Today.Year;
        document.IncomingNumber = await numbering.NextFormattedAsync(
            $"documents.incoming.{code}.{year}", options.Value.NumberPattern, new NumberValues(code, year), cancellationToken);
        (document.State, document.RegisteredAt) = (IncomingState.Registered, unit.Now);
        var started = clock.StartOnRegistration(document, unit.Today);
        if (!started.IsSuccess)
        {
            unit.Db.ChangeTracker.Clear();
            return started.Error!;
        }

        await inbox.CompleteAsync(document, IncomingInbox.RegisterKind, user.AccountId(), cancellationToken);
        inbox.ForUnit(document, IncomingInbox.CheckKind, "待初审", document.DepartmentId, DocumentsPermissions.Receive);
        unit.Record(document, IncomingSteps.Registered, user,
            $"收文编号：{document.IncomingNumber}{(document.DueDate is { } due ? $"；办理时限：{IncomingDisplay.Day(due)}" : "")}");
        var saved = await unit.SaveAsync(document, cancellationToken);
        if (!saved.IsSuccess)
        {
            return saved.Error!;
        }

        await transaction.CommitAsync(cancellationToken);
        return document.IncomingNumber;
    }
}
