using System.Globalization;
using System.Text;
using System.Xml;
using EGov.Portal.Domain.Channels;
using Microsoft.AspNetCore.Http;

namespace EGov.Portal.PublicSite;

/// <summary>RSS 2.0 of a channel: its latest 20 published articles with absolute links.</summary>
internal static class ChannelFeed
{
    public const int ItemCount = 20;
    public const string ContentType = "application/rss+xml; charset=utf-8";

    public static async Task<IResult> GetAsync(string? site, string channel, HttpContext context, SiteResolver resolver, PublicArticles articles, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(resolver);
        ArgumentNullException.ThrowIfNull(articles);
        var (group, tree) = await resolver.ResolveAsync(context, site, cancellationToken);
        if (tree?.Find(channel) is not { } current || current.Kind == ChannelKind.Link)
        {
            return TypedResults.NotFound();
        }

        var ids = tree.SelfAndDescendants(current).Select(c => c.Id).ToList();
        var items = await articles.LatestAsync(ids, group.OpenSiteIds, ItemCount, withSummaries: true, cancellationToken);
        var request = context.Request;
        using var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true, Async = true }))
        {
            await xml.WriteStartDocumentAsync();
            xml.WriteStartElement("rss");
            xml.WriteAttributeString("version", "2.0");
            xml.WriteStartElement("channel");
            xml.WriteElementString("title", $"{tree.Site.Name} - {current.Name}");
            xml.WriteElementString("link", PublicPageMeta.Absolute(request, tree.Site.ChannelUrl(current.Code)));
            xml.WriteElementString("description", current.Description ?? $"{tree.Site.Name}{current.Name}栏目的最新信息");
            xml.WriteElementString("language", "zh-cn");
            if (items.Count > 0)
            {
                xml.WriteElementString("lastBuildDate", items[0].PublishedAt.ToString("R", CultureInfo.InvariantCulture));
            }

            foreach (var item in items)
            {
                var link = PublicPageMeta.Absolute(request, tree.Site.ArticleUrl(item.Id));
                xml.WriteStartElement("item");
                xml.WriteElementString("title", item.Title);
                xml.WriteElementString("link", link);
                xml.WriteStartElement("guid");
                xml.WriteAttributeString("isPermaLink", "true");
                xml.WriteString(link);
                xml.WriteEndElement();
                xml.WriteElementString("pubDate", item.PublishedAt.ToString("R", CultureInfo.InvariantCulture));
                xml.WriteElementString("description", item.Summary);
                xml.WriteEndElement();
            }

            xml.WriteEndElement();
            xml.WriteEndElement();
            await xml.WriteEndDocumentAsync();
        }

        return TypedResults.Bytes(buffer.ToArray(), ContentType);
    }
}
