using EGov.Portal.Domain;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EGov.Portal.PublicSite.Api;

/// <summary>
/// What the public pages show, for mobile apps and other government sites: the open sites, a site's channels, a
/// channel's articles and an article — through the same loaders as the pages, anonymous, published content only.
/// </summary>
internal static class PublicContentApi
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/v1/portal/public").AllowAnonymous().WithTags("门户网站群：公开内容");
        group.MapGet("/sites", SitesAsync).WithSummary("开通的网站（门户和部门子站）");
        group.MapGet("/sites/{site}/channels", ChannelsAsync).WithSummary("网站的栏目树");
        group.MapGet("/sites/{site}/channels/{channel}/articles", ArticlesAsync).WithSummary("栏目的已发布信息（每页 20 条，含下级栏目）");
        group.MapGet("/sites/{site}/articles/{id:guid}", ArticleAsync).WithSummary("一条已发布信息：正文、文号与效力、附件、解读、相关信息");
    }

    private static async Task<IResult> SitesAsync(SiteDirectory directory, CancellationToken cancellationToken)
    {
        var group = await directory.GetAsync(cancellationToken);
        return TypedResults.Ok(group.Open.Select(t => new { t.Site.Code, t.Site.Name, t.Site.IsPortal, Url = t.Site.Home }));
    }

    private static async Task<IResult> ChannelsAsync(string site, HttpContext context, SiteResolver resolver, CancellationToken cancellationToken)
    {
        var (_, tree) = await resolver.ResolveAsync(context, site, cancellationToken);
        return tree is null
            ? NoSite(site)
            : TypedResults.Ok(tree.Channels.Select(c => new
            {
                c.Code,
                c.Name,
                Kind = c.Kind.ToString(),
                Parent = c.ParentId is { } parent ? tree.Find(parent)?.Code : null,
                Url = c.LinkUrl ?? tree.Site.ChannelUrl(c.Code),
            }));
    }

    private static async Task<IResult> ArticlesAsync(string site, string channel, int? page, HttpContext context, SiteResolver resolver, ChannelListing listing, CancellationToken cancellationToken)
    {
        var (group, tree) = await resolver.ResolveAsync(context, site, cancellationToken);
        if (tree?.Find(channel) is not { } current)
        {
            return TypedResults.Problem($"没有找到网站“{site}”的栏目“{channel}”。", statusCode: StatusCodes.Status404NotFound, title: "未找到");
        }

        var list = await listing.PageAsync(group, tree, current, page ?? 1, cancellationToken);
        return TypedResults.Ok(new
        {
            list.Total,
            list.Page,
            list.PageSize,
            Items = list.Items.Select(i => new
            {
                i.Id,
                i.Title,
                Type = i.Type.ToString(),
                Date = i.PublishedAt,
                i.DocumentNumber,
                Validity = i.Validity is { } v ? PortalNames.Of(v) : null,
                Url = tree.Site.ArticleUrl(i.Id),
            }),
        });
    }

    private static async Task<IResult> ArticleAsync(string site, Guid id, HttpContext context, ArticleLoader loader, CancellationToken cancellationToken)
    {
        var loaded = await loader.LoadAsync(context, site, id, cancellationToken);
        if (loaded.Outcome == ArticleOutcome.Gone)
        {
            return TypedResults.Problem("该信息已撤回或已下线，不再公开。", statusCode: StatusCodes.Status410Gone, title: "信息已撤回");
        }

        if (loaded.View is not { } view)
        {
            return TypedResults.Problem("没有找到这条信息。", statusCode: StatusCodes.Status404NotFound, title: "未找到");
        }

        var a = view.Article;
        var s = view.Surroundings;
        return TypedResults.Ok(new
        {
            a.Id,
            a.Title,
            a.Subtitle,
            a.Source,
            a.Author,
            Date = a.PublishedAt,
            Type = a.Type.ToString(),
            a.DocumentNumber,
            Validity = a.Validity is { } v ? PortalNames.Of(v) : null,
            a.ValidityNote,
            Keywords = a.KeywordList,
            a.BodyHtml,
            SourceSite = view.SourceSiteName,
            a.IsDemo,
            Url = loaded.Tree!.Site.ArticleUrl(a.Id),
            Attachments = s.Attachments.Select(f => new { f.Title, f.Url }),
            InterpretedPolicy = s.InterpretedPolicy is { } p ? new { p.Title, Url = view.UrlOf(p) } : null,
            Interpretations = s.Interpretations.Select(i => new { i.Title, i.Summary, Url = view.UrlOf(i) }),
            Related = s.Related.Select(r => new { r.Title, Url = view.UrlOf(r) }),
        });
    }

    private static Microsoft.AspNetCore.Http.HttpResults.ProblemHttpResult NoSite(string site)
        => TypedResults.Problem($"没有找到开通的网站“{site}”。", statusCode: StatusCodes.Status404NotFound, title: "未找到");
}
