using System.Security.Claims;
using EGov.Documents.Contracts;
using EGov.Documents.Domain.Incoming;
using EGov.Platform.Identity;
using EGov.Platform.Results;
using Microsoft.EntityFrameworkCore;

namespace EGov.Documents.Incoming.Steps;

/// <summary>协办: an assisting unit (the user's current department) gives its opinion to the lead unit.</summary>
internal sealed class OpinionHandler(IncomingUnit unit, IncomingInbox inbox)
{
    public const int OpinionMaxLength = 2000;

    public async Task<Result> AddAsync(Guid id, string? opinion, long? version, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var text = IncomingUnit.Text(opinion, "Opinion", "协办意见", OpinionMaxLength);
        if (!text.IsSuccess)
        {
            return text.Error!;
        }

        var department = user.DepartmentId();
        var loaded = await unit.LoadAsync(id, IncomingSteps.Opinion, version, user, new StepRole(_ => [DocumentsPermissions.Handle], _ => department), cancellationToken);
        if (!loaded.IsSuccess)
        {
            return loaded.Error!;
        }

        var document = loaded.Value;
        var assisting = await unit.Db.Set<AssistingUnit>().FirstOrDefaultAsync(a => a.DocumentId == id && a.DepartmentId == department, cancellationToken);
        if (assisting is null)
        {
            return IncomingErrors.NotAssisting;
        }

        (assisting.Opinion, assisting.OpinionAt, assisting.OpinionByName) = (text.Value, unit.Now, IncomingUnit.NameOf(user));
        await inbox.CompleteAssistingAsync(document, assisting.DepartmentId, user.AccountId(), cancellationToken);
        unit.Record(document, IncomingSteps.Opinion, user, text.Value);
        return await unit.SaveAsync(document, cancellationToken);
    }
}
