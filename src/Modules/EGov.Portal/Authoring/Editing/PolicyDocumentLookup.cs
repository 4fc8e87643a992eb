using EGov.Platform.Data;
using EGov.Portal.Domain.Articles;
using EGov.Portal.Domain.Sites;
using Microsoft.EntityFrameworkCore;

namespace EGov.Portal.Authoring.Editing;

internal sealed record PolicyDocumentChoice(Guid Id, string Title, string? DocumentNumber, string SiteName, ArticleStatus Status);

/// <summary>Policy documents of the whole site group an interpretation (解读) can be linked to, found by title or 文号.</summary>
internal sealed class PolicyDocumentLookup(EGovDbContext db)
{
    public async Task<IReadOnlyList<PolicyDocumentChoice>> FindAsync(string? query, Guid? include, CancellationToken cancellationToken, int take = 50)
    {
        var q = query?.Trim() ?? "";
        var documents = db.Set<Article>().AsNoTracking().Where(a => a.Type == ArticleType.PolicyDocument);
        if (q.Length > 0)
        {
            documents = documents.Where(a => a.Title.Contains(q) || (a.DocumentNumber != null && a.DocumentNumber.Contains(q)));
        }

        var found = await Choices(documents).Take(take).ToListAsync(cancellationToken);
        if (include is { } id && found.All(c => c.Id != id))
        {
            var current = db.Set<Article>().AsNoTracking().Where(a => a.Id == id && a.Type == ArticleType.PolicyDocument);
            found.InsertRange(0, await Choices(current).ToListAsync(cancellationToken));
        }

        return found;
    }

    private IQueryable<PolicyDocumentChoice> Choices(IQueryable<Article> documents)
        => from a in documents
           join s in db.Set<Site>() on a.SiteId equals s.Id
           orderby a.UpdatedAt descending
           select new PolicyDocumentChoice(a.Id, a.Title, a.DocumentNumber, s.Name, a.Status);
}
