using EGov.Platform.Data;
using EGov.Portal.Domain.Articles;
using Microsoft.EntityFrameworkCore;

namespace EGov.Portal.Authoring.Editing;

/// <summary>Checks and saves the links of an article: the policy document it interprets and its related articles.</summary>
internal sealed class ArticleLinks(EGovDbContext db)
{
    public const int MaxRelated = 20;

    public async Task CheckAsync(FormErrors errors, Guid articleId, ArticleType type, ArticleFields f, CancellationToken cancellationToken)
    {
        if (type == ArticleType.Interpretation && f.InterpretsId is { } policyId
            && !await db.Set<Article>().AnyAsync(a => a.Id == policyId && a.Type == ArticleType.PolicyDocument, cancellationToken))
        {
            errors.Add(nameof(f.InterpretsId), "所选的政策文件不存在，请重新选择。");
        }

        var related = f.RelatedIds.Distinct().ToList();
        if (related.Count > MaxRelated)
        {
            errors.Add(nameof(f.RelatedIds), $"相关信息最多 {MaxRelated} 条。");
        }
        else if (related.Contains(articleId))
        {
            errors.Add(nameof(f.RelatedIds), "不能把稿件关联到它自己。");
        }
        else if (related.Count > 0 && await db.Set<Article>().CountAsync(a => related.Contains(a.Id), cancellationToken) != related.Count)
        {
            errors.Add(nameof(f.RelatedIds), "有相关信息的地址或编号找不到对应稿件，请检查。");
        }
    }

    /// <summary>Makes the stored relations match <paramref name="relatedIds"/>, in that order.</summary>
    public async Task ReplaceRelatedAsync(Guid articleId, IReadOnlyList<Guid> relatedIds, CancellationToken cancellationToken)
    {
        var wanted = relatedIds.Distinct().ToList();
        var existing = await db.Set<ArticleRelation>().Where(r => r.ArticleId == articleId).ToListAsync(cancellationToken);
        db.RemoveRange(existing.Where(r => !wanted.Contains(r.RelatedId)));
        for (var i = 0; i < wanted.Count; i++)
        {
            var row = existing.FirstOrDefault(r => r.RelatedId == wanted[i]);
            if (row is null)
            {
                db.Add(new ArticleRelation { ArticleId = articleId, RelatedId = wanted[i], SortOrder = i });
            }
            else
            {
                row.SortOrder = i;
            }
        }
    }
}
