using EGov.Portal.PublicSite;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace EGov.Portal.Areas.Portal.Pages.PublicSite;

/// <summary>The print view of an article: the text alone, with a print stylesheet.</summary>
[AllowAnonymous]
[OutputCache(PolicyName = PublicPagePolicy.Name)]
internal sealed class PrintModel(ArticleLoader loader) : PageModel
{
    public LoadedArticle Loaded { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string? site, Guid id, CancellationToken cancellationToken)
    {
        Loaded = await loader.LoadAsync(HttpContext, site, id, cancellationToken);
        return Loaded.Outcome switch
        {
            ArticleOutcome.Found => Page(),
            ArticleOutcome.Gone => StatusCode(Microsoft.AspNetCore.Http.StatusCodes.Status410Gone),
            _ => NotFound(),
        };
    }
}
