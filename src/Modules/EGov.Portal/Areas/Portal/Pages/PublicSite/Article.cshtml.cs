using EGov.Portal.PublicSite;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace EGov.Portal.Areas.Portal.Pages.PublicSite;

/// <summary>An article: text, policy marks, attachments, interpretations, related items; 410 once withdrawn.</summary>
[AllowAnonymous]
[OutputCache(PolicyName = PublicPagePolicy.Name)]
internal sealed class ArticleModel(ArticleLoader loader) : PageModel
{
    public LoadedArticle Loaded { get; private set; } = null!;
    public PublicPageMeta? Meta { get; private set; }

    public async Task<IActionResult> OnGetAsync(string? site, Guid id, CancellationToken cancellationToken)
    {
        Loaded = await loader.LoadAsync(HttpContext, site, id, cancellationToken);
        switch (Loaded.Outcome)
        {
            case ArticleOutcome.NotFound:
                return NotFound();
            case ArticleOutcome.Gone:
                Response.StatusCode = StatusCodes.Status410Gone;
                return Page();
        }

        var tree = Loaded.Tree!;
        var article = Loaded.View!.Article;
        Meta = new PublicPageMeta(article.Title, article.Description, "article", PublicPageMeta.Absolute(Request, tree.Site.ArticleUrl(article.Id)),
            Loaded.View.Group.Portal?.Site.Name ?? tree.Site.Name);
        return Page();
    }
}
