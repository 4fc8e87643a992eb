using System.Security.Claims;
using EGov.Documents.Contracts;
using EGov.Documents.Domain;
using EGov.Documents.Incoming.Reading;
using EGov.Documents.Outgoing.Handling;
using EGov.Platform.Identity;
using Microsoft.EntityFrameworkCore;

namespace EGov.Documents.Outgoing.Reading;

/// <summary>Reads one document in the reader's scope for its page and the API.</summary>
internal sealed class OutgoingDetails(DocumentUnit unit, StepActors actors, DraftRuleCheck rules, OrganizationFacts organization, IncomingFeedback feedback)
{
    public async Task<OutgoingDetail?> FindAsync(Guid id, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var readable = await unit.Scope.ReadableAsync(cancellationToken);
        if (await readable.AsNoTracking().Include(d => d.Attachments).FirstOrDefaultAsync(d => d.Id == id, cancellationToken) is not { } d)
        {
            return null;
        }

        var db = unit.Db;
        var opinions = await db.Set<Opinion>().AsNoTracking().Where(o => o.DocumentId == id).ToListAsync(cancellationToken);
        var countersigns = await db.Set<Countersign>().AsNoTracking().Where(c => c.DocumentId == id && c.Round == d.Round).ToListAsync(cancellationToken);
        var sent = await db.Set<Distribution>().AsNoTracking().Where(x => x.DocumentId == id).ToListAsync(cancellationToken);
        var template = await db.Set<DocumentTemplate>().AsNoTracking().Where(t => t.Id == d.TemplateId).Select(t => t.Name).FirstOrDefaultAsync(cancellationToken);
        var mayEdit = d.IsEditable && d.DrafterId == user.AccountId() && user.HasPermission(DocumentsPermissions.Draft);
        return new OutgoingDetail(d, template ?? "", await organization.NameAsync(d.DepartmentId, cancellationToken),
            [.. opinions.OrderBy(o => o.At)], [.. countersigns.OrderBy(c => c.DepartmentName, StringComparer.Ordinal)], [.. sent.OrderBy(s => s.IsCopy)],
            d.IsEditable ? await rules.CheckAsync(d, cancellationToken) : [], mayEdit, await actors.StepOfAsync(d, cancellationToken),
            await actors.MayPublishAsync(d, cancellationToken))
        {
            Receipts = sent.Count == 0 ? [] : await feedback.ForSourceAsync(d.Id.ToString(), cancellationToken),
        };
    }
}
