using EGov.Platform.Audit;
using EGov.Platform.Data;
using EGov.Platform.Results;
using EGov.Portal.Authoring.Html;
using EGov.Portal.Authoring.Scope;
using EGov.Portal.Domain.Articles;
using EGov.Portal.Domain.Channels;
using Microsoft.EntityFrameworkCore;

namespace EGov.Portal.Authoring.Editing;

/// <summary>
/// Creates and edits articles for the page and the API alike: only where the editor's grants reach, only while the
/// article may be edited, never over someone else's newer save. A change of text adds a revision.
/// </summary>
internal sealed class SaveArticleHandler(
    EGovDbContext db, EditorScope scope, CurrentEditor editor, ArticleHtmlSanitizer sanitizer, ArticleLinks links,
    ArticleAttachments attachments, IAuditLog audit, TimeProvider clock)
{
    public async Task<Result<Guid>> CreateAsync(ArticleFields f, IReadOnlyList<NewAttachment> files, CancellationToken cancellationToken)
    {
        var channel = await db.Set<Channel>().AsNoTracking().FirstOrDefaultAsync(c => c.Id == f.ChannelId, cancellationToken);
        if (channel is null)
        {
            return FormErrors.Single("portal.article_invalid", nameof(f.ChannelId), "请选择栏目。");
        }

        if (!(await scope.ReachAsync(cancellationToken)).Covers(channel.SiteId, channel.Id))
        {
            return AuthoringErrors.NoGrant;
        }

        if (channel.Kind == ChannelKind.Link)
        {
            return FormErrors.Single("portal.article_invalid", nameof(f.ChannelId), "链接类栏目不能发稿，请选择其他栏目。");
        }

        var now = clock.GetUtcNow().UtcDateTime;
        var article = new Article
        {
            Id = Guid.CreateVersion7(clock.GetUtcNow()),
            SiteId = channel.SiteId,
            ChannelId = channel.Id,
            Type = ArticleRules.TypeFor(channel.Kind),
            Status = ArticleStatus.Draft,
            CreatedAt = now,
            CreatedBy = editor.Id,
        };
        var applied = await ApplyAsync(article, f, files, now, cancellationToken);
        if (!applied.IsSuccess)
        {
            return applied.Error!;
        }

        db.Add(article);
        audit.Record(new AuditRecord("portal.article_created", nameof(Article), article.Id.ToString(), AuditOutcome.Success, article.Title));
        await db.SaveChangesAsync(cancellationToken);
        return article.Id;
    }

    public async Task<Result<Guid>> UpdateAsync(Guid id, ArticleFields f, IReadOnlyList<NewAttachment> files, CancellationToken cancellationToken)
    {
        var article = await db.Set<Article>().FirstOrDefaultAsync(a => a.Id == id, cancellationToken);
        if (article is null || !(await scope.ReachAsync(cancellationToken)).Covers(article))
        {
            return AuthoringErrors.ArticleNotFound;
        }

        if (article.Version != f.Version)
        {
            return AuthoringErrors.ArticleChanged;
        }

        if (ArticleRules.CanEdit(article.Status).Error is { } notEditable)
        {
            return notEditable;
        }

        var applied = await ApplyAsync(article, f, files, clock.GetUtcNow().UtcDateTime, cancellationToken);
        if (!applied.IsSuccess)
        {
            return applied.Error!;
        }

        db.Entry(article).Property(a => a.Version).OriginalValue = f.Version;
        audit.Record(new AuditRecord("portal.article_updated", nameof(Article), article.Id.ToString(), AuditOutcome.Success, $"第{article.RevisionNumber}版 {article.Title}"));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return AuthoringErrors.ArticleChanged;
        }

        return article.Id;
    }

    private async Task<Result> ApplyAsync(Article article, ArticleFields f, IReadOnlyList<NewAttachment> files, DateTime now, CancellationToken cancellationToken)
    {
        var errors = ArticleValidation.Check(f, article.Type, now, article.PublishedAt, article.ScheduledPublishAt);
        await links.CheckAsync(errors, article.Id, article.Type, f, cancellationToken);
        var body = sanitizer.Sanitize(f.BodyHtml);
        if (!body.IsSuccess)
        {
            errors.Merge(body.Error!);
        }

        if (errors.Any)
        {
            return errors.ToError("portal.article_invalid");
        }

        var textChanged = article.RevisionNumber == 0 || TextOf(article) != TextOf(f.Title, f.Subtitle, body.Value, f.Keywords);
        article.Title = f.Title!.Trim();
        article.Subtitle = ArticleValidation.Clean(f.Subtitle);
        article.Source = ArticleValidation.Clean(f.Source);
        article.Author = ArticleValidation.Clean(f.Author);
        article.Keywords = ArticleValidation.Clean(f.Keywords);
        article.Summary = ArticleValidation.Clean(f.Summary);
        article.BodyHtml = body.Value;
        var isPolicy = article.Type == ArticleType.PolicyDocument;
        article.DocumentNumber = isPolicy ? ArticleValidation.Clean(f.DocumentNumber) : null;
        article.Validity = isPolicy ? f.Validity ?? PolicyValidity.Valid : null;
        article.ValidityNote = isPolicy ? ArticleValidation.Clean(f.ValidityNote) : null;
        article.InterpretsId = article.Type == ArticleType.Interpretation ? f.InterpretsId : null;
        article.ScheduledPublishAt = f.ScheduledPublishAt;
        article.ScheduledTakeDownAt = f.ScheduledTakeDownAt;
        article.UpdatedAt = now;
        article.Version = f.Version + 1;
        await links.ReplaceRelatedAsync(article.Id, f.RelatedIds, cancellationToken);
        if (textChanged)
        {
            article.RevisionNumber++;
            db.Add(new ArticleRevision
            {
                Id = Guid.CreateVersion7(clock.GetUtcNow()),
                ArticleId = article.Id,
                Number = article.RevisionNumber,
                Title = article.Title,
                Subtitle = article.Subtitle,
                BodyHtml = article.BodyHtml,
                Keywords = article.Keywords,
                EditedAt = now,
                EditedBy = editor.Id,
                EditedByName = editor.Name,
            });
        }

        var added = await attachments.AddFilesAsync(article.Id, files, cancellationToken);
        return added.IsSuccess ? Result.Success() : new FormErrors().Merge(added.Error!).ToError("portal.article_invalid", added.Error!.Message);
    }

    private static string TextOf(Article a) => TextOf(a.Title, a.Subtitle, a.BodyHtml, a.Keywords);

    private static string TextOf(string? title, string? subtitle, string body, string? keywords)
        => string.Join('\u001f', title?.Trim() ?? "", ArticleValidation.Clean(subtitle) ?? "", body, ArticleValidation.Clean(keywords) ?? "");
}
