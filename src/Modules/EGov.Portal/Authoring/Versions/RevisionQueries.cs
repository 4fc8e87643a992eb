using EGov.Platform.Data;
using EGov.Platform.Results;
using EGov.Portal.Authoring.Scope;
using EGov.Portal.Domain.Articles;
using Microsoft.EntityFrameworkCore;

namespace EGov.Portal.Authoring.Versions;

/// <summary>The saved versions of an article the user may read, and the diff between any two.</summary>
internal sealed class RevisionQueries(EGovDbContext db, EditorScope scope)
{
    public async Task<Result<IReadOnlyList<RevisionSummary>>> ListAsync(Guid articleId, CancellationToken cancellationToken)
    {
        if (!await InReachAsync(articleId, cancellationToken))
        {
            return AuthoringErrors.ArticleNotFound;
        }

        var revisions = await db.Set<ArticleRevision>().AsNoTracking().Where(r => r.ArticleId == articleId)
            .OrderByDescending(r => r.Number).ToListAsync(cancellationToken);
        return revisions.Select(RevisionSummary.Of).ToList();
    }

    public async Task<Result<RevisionComparison>> CompareAsync(Guid articleId, int from, int to, CancellationToken cancellationToken)
    {
        if (!await InReachAsync(articleId, cancellationToken))
        {
            return AuthoringErrors.ArticleNotFound;
        }

        var numbers = new[] { from, to };
        var revisions = await db.Set<ArticleRevision>().AsNoTracking()
            .Where(r => r.ArticleId == articleId && numbers.Contains(r.Number)).ToListAsync(cancellationToken);
        var older = revisions.FirstOrDefault(r => r.Number == Math.Min(from, to));
        var newer = revisions.FirstOrDefault(r => r.Number == Math.Max(from, to));
        return older is null || newer is null ? AuthoringErrors.RevisionNotFound : RevisionComparison.Of(older, newer);
    }

    private async Task<bool> InReachAsync(Guid articleId, CancellationToken cancellationToken)
    {
        return await (await scope.ReadableAsync(cancellationToken)).AnyAsync(a => a.Id == articleId, cancellationToken);
    }
}
