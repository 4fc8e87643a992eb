using EGov.Interaction.Domain.Opinions;
using EGov.Platform.Data;
using EGov.Platform.Organization.Scope;
using EGov.Platform.Results;
using Microsoft.EntityFrameworkCore;

namespace EGov.Interaction.Opinions.Editing;

/// <summary>The collections an editor reaches: those of the departments in their <c>interaction.consult</c> scope.</summary>
internal sealed class CollectionFinder(EGovDbContext db, ConsultAccess access)
{
    public async Task<IQueryable<OpinionCollection>> InScopeAsync(CancellationToken cancellationToken)
        => db.Set<OpinionCollection>().WhereInScope(await access.ScopeAsync(cancellationToken), c => c.DepartmentId);

    /// <summary>The collection (tracked) for a change by the signed-in editor, checked against the version they saw.</summary>
    public async Task<Result<OpinionCollection>> ForChangeAsync(Guid id, uint version, CancellationToken cancellationToken)
    {
        if (access.UserId is null)
        {
            return ConsultErrors.NoAccount;
        }

        var collection = await (await InScopeAsync(cancellationToken)).SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        return collection is null ? OpinionErrors.NotFound : collection.Version != version ? OpinionErrors.Stale : collection;
    }

    /// <summary>Saves the change; a concurrent one wins and this one is refused.</summary>
    public async Task<Result<T>> SaveAsync<T>(T value, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return value;
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return OpinionErrors.Stale;
        }
    }
}
