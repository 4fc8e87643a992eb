using EGov.Portal.Domain.Sites;
using EGov.Portal.PublicSite;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace EGov.Portal.Areas.Portal.Pages.PublicSite;

/// <summary>The home page of the portal (<c>/</c>) or of a sub-site (<c>/sites/{site}</c>): its blocks, the service entries and the department sites.</summary>
[AllowAnonymous]
[OutputCache(PolicyName = PublicPagePolicy.Name)]
internal sealed class HomeModel(SiteResolver resolver, PublicArticles articles) : PageModel
{
    public SiteGroup Group { get; private set; } = null!;
    public SiteTree Tree { get; private set; } = null!;
    public IReadOnlyList<HomeBlockView> Blocks { get; private set; } = [];
    public PublicPageMeta Meta { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string? site, CancellationToken cancellationToken)
    {
        var (group, tree) = await resolver.ResolveAsync(HttpContext, site, cancellationToken);
        if (tree is null)
        {
            return NotFound();
        }

        (Group, Tree) = (group, tree);
        var blocks = new List<HomeBlockView>();
        foreach (var block in tree.Blocks)
        {
            if (tree.Find(block.ChannelId) is not { } channel)
            {
                continue;
            }

            var ids = tree.SelfAndDescendants(channel).Select(c => c.Id).ToList();
            var items = await articles.LatestAsync(ids, group.OpenSiteIds, block.ItemCount, block.Layout == HomeBlockLayout.Headline, cancellationToken);
            blocks.Add(new HomeBlockView(string.IsNullOrWhiteSpace(block.Title) ? channel.Name : block.Title, tree.Site.ChannelUrl(channel.Code), block.Layout, items));
        }

        Blocks = blocks;
        var description = tree.Site.Description ?? $"{tree.Site.Name}：政务动态、通知公告、政策文件与解读、政务服务入口。";
        Meta = new PublicPageMeta(tree.Site.Name, description, "website", PublicPageMeta.Absolute(Request, tree.Site.Home), group.Portal?.Site.Name ?? tree.Site.Name);
        return Page();
    }
}
