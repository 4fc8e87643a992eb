using EGov.Platform.Attachments;
using EGov.Platform.Audit;
using EGov.Platform.Data;
using EGov.Platform.Results;
using EGov.Portal.Authoring.Scope;
using EGov.Portal.Domain.Articles;
using Microsoft.EntityFrameworkCore;

namespace EGov.Portal.Authoring.Editing;

/// <summary>The files of an article (附件): added through the platform's attachment store, renamed, removed.</summary>
internal sealed class ArticleAttachments(EGovDbContext db, EditorScope scope, CurrentEditor editor, IAttachmentStore store, IAuditLog audit)
{
    public const string Module = "portal";
    public const string Field = "Upload";

    public static AttachmentOwner OwnerOf(Guid articleId, Guid uploadedBy) => new(Module, articleId.ToString()) { UploadedBy = uploadedBy };

    /// <summary>Stores the files in the caller's unit of work; the first refused file fails the whole save.</summary>
    public async Task<Result> AddFilesAsync(Guid articleId, IReadOnlyList<NewAttachment> files, CancellationToken cancellationToken)
    {
        var order = await db.Set<ArticleAttachment>().Where(a => a.ArticleId == articleId).Select(a => (int?)a.SortOrder).MaxAsync(cancellationToken) ?? 0;
        foreach (var file in files)
        {
            var saved = await store.SaveAsync(file.Content, file.FileName, file.ContentType, OwnerOf(articleId, editor.Id), cancellationToken);
            if (!saved.IsSuccess)
            {
                return FormErrors.Single(saved.Error!.Code, Field, $"{Path.GetFileName(file.FileName)}：{saved.Error.Message}");
            }

            var title = ArticleValidation.Clean(file.Title) ?? Path.GetFileNameWithoutExtension(saved.Value.OriginalName);
            db.Add(new ArticleAttachment { Id = Guid.NewGuid(), ArticleId = articleId, AttachmentId = saved.Value.Id, Title = Truncate(title), SortOrder = ++order });
            audit.Record(new AuditRecord("portal.attachment_added", nameof(Article), articleId.ToString(), AuditOutcome.Success, saved.Value.OriginalName));
        }

        return Result.Success();
    }

    public async Task<Result<Guid>> AddAsync(Guid articleId, NewAttachment file, CancellationToken cancellationToken)
    {
        var article = await EditableAsync(articleId, cancellationToken);
        if (!article.IsSuccess)
        {
            return article.Error!;
        }

        var added = await AddFilesAsync(articleId, [file], cancellationToken);
        if (!added.IsSuccess)
        {
            return added.Error!;
        }

        await db.SaveChangesAsync(cancellationToken);
        return await db.Set<ArticleAttachment>().Where(a => a.ArticleId == articleId).OrderByDescending(a => a.SortOrder).Select(a => a.Id).FirstAsync(cancellationToken);
    }

    public async Task<Result> RenameAsync(Guid articleId, Guid attachmentRowId, string? title, CancellationToken cancellationToken)
    {
        var clean = ArticleValidation.Clean(title);
        if (clean is null || clean.Length > 200)
        {
            return FormErrors.Single("portal.attachment_invalid", "Title", "请填写附件名称（不超过 200 个字）。");
        }

        var row = await RowAsync(articleId, attachmentRowId, cancellationToken);
        if (!row.IsSuccess)
        {
            return row.Error!;
        }

        row.Value.Title = clean;
        audit.Record(new AuditRecord("portal.attachment_renamed", nameof(Article), articleId.ToString(), AuditOutcome.Success, clean));
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success();
    }

    public async Task<Result> RemoveAsync(Guid articleId, Guid attachmentRowId, CancellationToken cancellationToken)
    {
        var row = await RowAsync(articleId, attachmentRowId, cancellationToken);
        if (!row.IsSuccess)
        {
            return row.Error!;
        }

        db.Remove(row.Value);
        audit.Record(new AuditRecord("portal.attachment_removed", nameof(Article), articleId.ToString(), AuditOutcome.Success, row.Value.Title));
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success();
    }

    private async Task<Result<ArticleAttachment>> RowAsync(Guid articleId, Guid attachmentRowId, CancellationToken cancellationToken)
    {
        var article = await EditableAsync(articleId, cancellationToken);
        if (!article.IsSuccess)
        {
            return article.Error!;
        }

        var row = await db.Set<ArticleAttachment>().FirstOrDefaultAsync(a => a.Id == attachmentRowId && a.ArticleId == articleId, cancellationToken);
        return row is null ? AuthoringErrors.AttachmentNotFound : row;
    }

    private async Task<Result<Article>> EditableAsync(Guid articleId, CancellationToken cancellationToken)
    {
        var article = await db.Set<Article>().AsNoTracking().FirstOrDefaultAsync(a => a.Id == articleId, cancellationToken);
        if (article is null || !(await scope.ReachAsync(cancellationToken)).Covers(article))
        {
            return AuthoringErrors.ArticleNotFound;
        }

        return ArticleRules.CanEdit(article.Status).Error is { } error ? error : article;
    }

    private static string Truncate(string title) => title.Length <= 200 ? title : title[..200];
}
