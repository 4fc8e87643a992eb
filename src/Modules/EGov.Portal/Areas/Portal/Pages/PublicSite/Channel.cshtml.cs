using System.Globalization;
using EGov.Portal.Domain.Channels;
using EGov.Portal.PublicSite;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.OutputCaching;

namespace EGov.Portal.Areas.Portal.Pages.PublicSite;

/// <summary>
/// A channel: breadcrumb, its child channels and a paginated list of its (and its children's) articles. A single page
/// shows its latest article in full; a link channel leads to the module it names.
/// </summary>
[AllowAnonymous]
[OutputCache(PolicyName = PublicPagePolicy.Name)]
internal sealed class ChannelModel(SiteResolver resolver, PublicArticles articles, ChannelListing listing) : PageModel
{
    public const int PageSize = ChannelListing.PageSize;

    public SiteTree Tree { get; private set; } = null!;
    public PublicChannel Current { get; private set; } = null!;
    public IReadOnlyList<PublicChannel> Path { get; private set; } = [];
    public IReadOnlyList<PublicChannel> Children { get; private set; } = [];
    public ArticleListPage List { get; private set; } = new([], 0, 1, PageSize);
    public ArticleView? SinglePage { get; private set; }
    public PublicPageMeta Meta { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(string? site, string channel, CancellationToken cancellationToken)
    {
        var (group, tree) = await resolver.ResolveAsync(HttpContext, site, cancellationToken);
        if (tree?.Find(channel) is not { } current)
        {
            return NotFound();
        }

        if (current.Kind == ChannelKind.Link && !string.IsNullOrEmpty(current.LinkUrl))
        {
            return Redirect(current.LinkUrl);
        }

        (Tree, Current) = (tree, current);
        Path = tree.PathTo(current);
        Children = [.. tree.ChildrenOf(current.Id)];
        var feed = Sites.PortalUrls.ChannelFeed(tree.Site.Code, tree.Site.IsPortal, current.Code);
        Meta = new PublicPageMeta($"{current.Name} - {tree.Site.Name}", current.Description ?? $"{tree.Site.Name}{current.Name}栏目", "website",
            PublicPageMeta.Absolute(Request, tree.Site.ChannelUrl(current.Code)), group.Portal?.Site.Name ?? tree.Site.Name)
        {
            FeedUrl = PublicPageMeta.Absolute(Request, feed),
            FeedTitle = $"{tree.Site.Name} - {current.Name}",
        };

        if (current.Kind == ChannelKind.SinglePage)
        {
            if (await articles.LatestIdAsync(current.Id, group.OpenSiteIds, cancellationToken) is { } latest
                && await articles.FindAsync(latest, cancellationToken) is { } detail)
            {
                SinglePage = new ArticleView(detail, await articles.SurroundingsAsync(detail, group.OpenSiteIds, cancellationToken), group, null);
            }

            return Page();
        }

        var requested = int.TryParse(Request.Query["page"], NumberStyles.None, CultureInfo.InvariantCulture, out var n) ? n : 1;
        List = await listing.PageAsync(group, tree, current, requested, cancellationToken);
        return Page();
    }

    public string PageUrl(int page) => Tree.Site.ChannelUrl(Current.Code) + (page > 1 ? $"?page={page}" : "");
}
