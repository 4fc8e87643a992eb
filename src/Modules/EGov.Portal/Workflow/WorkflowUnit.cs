using EGov.Platform.Data;
using EGov.Platform.Results;
using EGov.Portal.Domain.Articles;
using EGov.Portal.Domain.Sites;
using EGov.Portal.PublicSite;
using Microsoft.EntityFrameworkCore;

namespace EGov.Portal.Workflow;

/// <summary>Loading an article for a workflow step and saving the step, shared by the handlers.</summary>
internal sealed class WorkflowUnit(EGovDbContext db, PublicPageCache cache, TimeProvider time)
{
    public EGovDbContext Db => db;

    public DateTime Now => time.GetUtcNow().UtcDateTime;

    public async Task<(Article Article, Site Site)?> LoadAsync(Guid articleId, CancellationToken cancellationToken)
    {
        var article = await db.Set<Article>().FirstOrDefaultAsync(a => a.Id == articleId, cancellationToken);
        if (article is null)
        {
            return null;
        }

        var site = await db.Set<Site>().SingleAsync(s => s.Id == article.SiteId, cancellationToken);
        return (article, site);
    }

    /// <summary>Saves; a concurrent step on the same article makes this one fail with nothing changed.</summary>
    public async Task<Result> SaveAsync(bool readersSeeIt, CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return WorkflowErrors.ChangedMeanwhile;
        }

        if (readersSeeIt)
        {
            await cache.EvictAsync(cancellationToken);
        }

        return Result.Success();
    }
}
