using EGov.Portal.PublicSite;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace EGov.Portal.Areas.Portal.Pages.PublicSite;

/// <summary>网站地图: every open site with its channel tree.</summary>
[AllowAnonymous]
[OutputCache(PolicyName = PublicPagePolicy.Name)]
internal sealed class SiteMapModel(SiteDirectory directory) : PageModel
{
    public SiteGroup Group { get; private set; } = null!;
    public PublicPageMeta Meta { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Group = await directory.GetAsync(cancellationToken);
        var siteName = Group.Portal?.Site.Name ?? "";
        Meta = new PublicPageMeta($"网站地图 - {siteName}", $"{siteName}门户网站及各部门网站的栏目结构。", "website", PublicPageMeta.Absolute(Request, "/sitemap"), siteName);
    }
}
