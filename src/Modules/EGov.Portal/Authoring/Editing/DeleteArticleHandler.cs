using EGov.Platform.Audit;
using EGov.Platform.Data;
using EGov.Platform.Results;
using EGov.Portal.Authoring.Scope;
using EGov.Portal.Domain.Articles;
using Microsoft.EntityFrameworkCore;

namespace EGov.Portal.Authoring.Editing;

/// <summary>Deletes a draft with its revisions, relations and attachment links; anything once submitted stays on record.</summary>
internal sealed class DeleteArticleHandler(EGovDbContext db, EditorScope scope, IAuditLog audit)
{
    public async Task<Result> HandleAsync(Guid id, CancellationToken cancellationToken)
    {
        var article = await db.Set<Article>().FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (article is null || !(await scope.ReachAsync(cancellationToken)).Covers(article))
        {
            return AuthoringErrors.ArticleNotFound;
        }

        if (ArticleRules.CanDelete(article.Status).Error is { } error)
        {
            return error;
        }

        db.RemoveRange(await db.Set<ArticleRevision>().Where(r => r.ArticleId == id).ToListAsync(cancellationToken));
        db.RemoveRange(await db.Set<ArticleRelation>().Where(r => r.ArticleId == id || r.RelatedId == id).ToListAsync(cancellationToken));
        db.RemoveRange(await db.Set<ArticleAttachment>().Where(r => r.ArticleId == id).ToListAsync(cancellationToken));
        db.Remove(article);
        audit.Record(new AuditRecord("portal.article_deleted", nameof(Article), id.ToString(), AuditOutcome.Success, article.Title));
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success();
    }
}
