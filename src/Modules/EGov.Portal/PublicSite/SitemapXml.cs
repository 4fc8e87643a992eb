using System.Globalization;
using System.Text;
using System.Xml;
using EGov.Portal.Domain.Channels;
using Microsoft.AspNetCore.Http;

namespace EGov.Portal.PublicSite;

/// <summary><c>/sitemap.xml</c>: the homes, channels and published articles of every open site, with lastmod.</summary>
internal static class SitemapXml
{
    private const string Namespace = "http://www.sitemaps.org/schemas/sitemap/0.9";

    public static async Task<IResult> GetAsync(HttpContext context, SiteDirectory directory, PublicArticles articles, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(directory);
        ArgumentNullException.ThrowIfNull(articles);
        var group = await directory.GetAsync(cancellationToken);
        var published = await articles.AllPublishedAsync(group.OpenSiteIds, cancellationToken);
        var request = context.Request;
        using var buffer = new MemoryStream();
        using (var xml = XmlWriter.Create(buffer, new XmlWriterSettings { Encoding = new UTF8Encoding(false), Indent = true }))
        {
            xml.WriteStartDocument();
            xml.WriteStartElement("urlset", Namespace);
            foreach (var tree in group.Open)
            {
                Url(xml, PublicPageMeta.Absolute(request, tree.Site.Home), null);
                foreach (var channel in tree.Channels.Where(c => c.Kind != ChannelKind.Link))
                {
                    Url(xml, PublicPageMeta.Absolute(request, tree.Site.ChannelUrl(channel.Code)), null);
                }
            }

            foreach (var (id, siteId, lastModified) in published)
            {
                if (group.FindOpen(siteId) is { } owner)
                {
                    Url(xml, PublicPageMeta.Absolute(request, owner.Site.ArticleUrl(id)), lastModified);
                }
            }

            xml.WriteEndElement();
            xml.WriteEndDocument();
        }

        return TypedResults.Bytes(buffer.ToArray(), "application/xml; charset=utf-8");
    }

    private static void Url(XmlWriter xml, string location, DateTime? lastModified)
    {
        xml.WriteStartElement("url", Namespace);
        xml.WriteElementString("loc", Namespace, location);
        if (lastModified is { } modified)
        {
            xml.WriteElementString("lastmod", Namespace, modified.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture));
        }

        xml.WriteEndElement();
    }
}
