using EGov.Interaction.Domain.Opinions;
using EGov.Interaction.Opinions.Editing;
using EGov.Interaction.Opinions.Public;
using EGov.Platform.Data;
using EGov.Platform.Organization;
using EGov.Platform.PersonalData;
using Microsoft.EntityFrameworkCore;

namespace EGov.Interaction.Opinions.Feedback;

internal sealed record StaffCollectionRow(Guid Id, string Title, string Department, DateOnly OpensOn, DateOnly ClosesOn, bool IsPublished, bool FeedbackPublished, int Opinions, int Flagged);

/// <summary>One opinion as staff see it: the phone masked (staff need it only to tell writers apart).</summary>
internal sealed record StaffOpinion(Guid Id, DateTime SubmittedAt, bool SignedIn, string Name, string? Phone, string Content, string? SensitiveWords, Adoption Adoption, string? AdoptionNote);

internal sealed record StaffCollection(OpinionCollection Collection, string Department, IReadOnlyList<StaffOpinion> Opinions, OpinionTally Tally);

/// <summary>The staff views of collections in scope: the list with counts, one collection with every opinion.</summary>
internal sealed class StaffCollections(EGovDbContext db, CollectionFinder finder, IOrganizationDirectory organization)
{
    public async Task<IReadOnlyList<StaffCollectionRow>> ListAsync(CancellationToken cancellationToken)
    {
        var names = (await organization.TreeAsync(cancellationToken)).ToDictionary(d => d.Id, d => d.Name);
        var opinions = db.Set<Opinion>();
        var rows = await (await finder.InScopeAsync(cancellationToken)).AsNoTracking().OrderByDescending(c => c.CreatedAt).Take(500)
            .Select(c => new
            {
                c.Id,
                c.Title,
                c.DepartmentId,
                c.OpensOn,
                c.ClosesOn,
                c.IsPublished,
                Feedback = c.FeedbackPublishedAt != null,
                Count = opinions.Count(o => o.CollectionId == c.Id),
                Flagged = opinions.Count(o => o.CollectionId == c.Id && o.SensitiveWords != null),
            })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new StaffCollectionRow(r.Id, r.Title, names.GetValueOrDefault(r.DepartmentId, ""), r.OpensOn, r.ClosesOn, r.IsPublished, r.Feedback, r.Count, r.Flagged))];
    }

    public async Task<StaffCollection?> FindAsync(Guid id, CancellationToken cancellationToken)
    {
        var collection = await (await finder.InScopeAsync(cancellationToken)).AsNoTracking().SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (collection is null)
        {
            return null;
        }

        var opinions = (await db.Set<Opinion>().AsNoTracking().Where(o => o.CollectionId == id).ToListAsync(cancellationToken)).OrderBy(o => o.SubmittedAt)
            .Select(o => new StaffOpinion(o.Id, o.SubmittedAt, o.AccountId is not null, o.Name, Masking.Phone(o.Phone), o.Content, o.SensitiveWords, o.Adoption, o.AdoptionNote))
            .ToList();
        var department = (await organization.FindAsync(collection.DepartmentId, cancellationToken))?.Name ?? "";
        return new StaffCollection(collection, department, opinions, OpinionTally.Of(opinions.Select(o => o.Adoption)));
    }
}
