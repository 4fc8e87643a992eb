using EGov.Platform.Audit;
using EGov.Platform.Data;
using EGov.Portal.Domain.Articles;

namespace EGov.Portal.Workflow;

/// <summary>
/// Records a workflow step in the caller's unit of work: the history row staff see, the audit entry, and a new
/// <see cref="Article.Version"/> so that a second, concurrent step on the same article fails instead of repeating.
/// </summary>
internal sealed class TransitionLog(EGovDbContext db, IAuditLog audit)
{
    /// <param name="actor">Null when the scheduler acted.</param>
    public void Add(Article article, ArticleStatus from, string action, Actor? actor, string? comment, DateTime now)
    {
        ArgumentNullException.ThrowIfNull(article);
        article.Version++;
        article.UpdatedAt = now;
        db.Add(new ArticleTransition
        {
            Id = Guid.CreateVersion7(),
            ArticleId = article.Id,
            From = from,
            To = article.Status,
            Action = action,
            UserId = actor?.Id,
            UserName = actor?.Name ?? "定时任务",
            At = now,
            Comment = comment,
        });
        var detail = $"{from}→{article.Status} 修订{article.RevisionNumber}" + (string.IsNullOrEmpty(comment) ? "" : $"：{comment}");
        audit.Record(new AuditRecord($"portal.article_{action}", nameof(Article), article.Id.ToString(), AuditOutcome.Success, detail)
        {
            UserName = actor is null ? "system:portal-scheduler" : null,
        });
    }
}
