using EGov.Interaction.Domain.Opinions;
using EGov.Platform.Data;
using EGov.Platform.Organization;
using EGov.Platform.Time;
using Microsoft.EntityFrameworkCore;

namespace EGov.Interaction.Opinions.Public;

/// <summary>Which published collections to list: open now, closed, or closed with the 采纳情况 published.</summary>
internal enum CollectionFilter
{
    Open,
    Closed,
    WithFeedback,
}

internal sealed record CollectionRow(Guid Id, string Title, string Department, DateOnly OpensOn, DateOnly ClosesOn, CollectionPhase Phase, bool HasFeedback);

/// <summary>A published collection as the portal shows it; the tally only once the 采纳情况 is published.</summary>
internal sealed record CollectionView(
    Guid Id, string Title, string Department, string Description, Guid? DraftAttachmentId, string? DraftFileName, DateOnly OpensOn, DateOnly ClosesOn,
    CollectionPhase Phase, string? FeedbackSummary, DateTime? FeedbackPublishedAt, OpinionTally? Tally);

/// <summary>The portal's reading of opinion collections: published ones only; opinions are never shown one by one.</summary>
internal sealed class PublicCollections(EGovDbContext db, IOrganizationDirectory organization, TimeProvider time)
{
    public async Task<IReadOnlyList<CollectionRow>> ListAsync(CollectionFilter filter, CancellationToken cancellationToken)
    {
        var today = ChinaTime.Today(time);
        var query = db.Set<OpinionCollection>().AsNoTracking().Where(c => c.IsPublished);
        query = filter switch
        {
            CollectionFilter.Open => query.Where(c => c.OpensOn <= today && c.ClosesOn >= today),
            CollectionFilter.Closed => query.Where(c => c.ClosesOn < today),
            _ => query.Where(c => c.FeedbackPublishedAt != null),
        };
        var rows = await query.OrderByDescending(c => c.OpensOn).ThenBy(c => c.Title).Take(200)
            .Select(c => new { c.Id, c.Title, c.DepartmentId, c.OpensOn, c.ClosesOn, c.FeedbackPublishedAt }).ToListAsync(cancellationToken);
        var names = (await organization.TreeAsync(cancellationToken)).ToDictionary(d => d.Id, d => d.Name);
        return [.. rows.Select(c => new CollectionRow(c.Id, c.Title, names.GetValueOrDefault(c.DepartmentId, ""), c.OpensOn, c.ClosesOn,
            OpinionRules.PhaseOn(c.OpensOn, c.ClosesOn, today), c.FeedbackPublishedAt is not null))];
    }

    public async Task<CollectionView?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        var c = await db.Set<OpinionCollection>().AsNoTracking().SingleOrDefaultAsync(x => x.Id == id && x.IsPublished, cancellationToken);
        if (c is null)
        {
            return null;
        }

        var published = c.FeedbackPublishedAt is not null;
        var tally = published
            ? OpinionTally.Of(await db.Set<Opinion>().Where(o => o.CollectionId == id).Select(o => o.Adoption).ToListAsync(cancellationToken))
            : null;
        var department = (await organization.FindAsync(c.DepartmentId, cancellationToken))?.Name ?? "";
        return new CollectionView(c.Id, c.Title, department, c.Description, c.DraftAttachmentId, c.DraftFileName, c.OpensOn, c.ClosesOn,
            OpinionRules.PhaseOn(c, ChinaTime.Today(time)), published ? c.FeedbackSummary : null, c.FeedbackPublishedAt, tally);
    }
}
