using System.Text.RegularExpressions;

namespace EGov.Portal.Monitoring.Health;

/// <summary>The links (<c>href</c>, <c>src</c>) of a sanitized article body and what they point at (see <c>PortalUrls</c>).</summary>
internal static partial class BodyLinks
{
    private const string AttachmentPrefix = "/api/v1/attachments/";

    public static IEnumerable<string> Extract(string html)
    {
        foreach (Match match in LinkPattern().Matches(html))
        {
            var value = match.Groups["q"].Success ? match.Groups["q"].Value : match.Groups["u"].Value;
            value = System.Net.WebUtility.HtmlDecode(value).Trim();
            if (value.Length > 0)
            {
                yield return value;
            }
        }
    }

    public static LinkTarget Classify(string link)
    {
        if (link.StartsWith("//", StringComparison.Ordinal)
            || link.StartsWith("http://", StringComparison.OrdinalIgnoreCase)
            || link.StartsWith("https://", StringComparison.OrdinalIgnoreCase))
        {
            return new LinkTarget(LinkKind.External);
        }

        if (!link.StartsWith('/'))
        {
            return new LinkTarget(LinkKind.Ignored);
        }

        var path = link.Split('?', '#')[0];
        if (path.StartsWith(AttachmentPrefix, StringComparison.OrdinalIgnoreCase))
        {
            return Guid.TryParse(path[AttachmentPrefix.Length..].TrimEnd('/'), out var attachment)
                ? new LinkTarget(LinkKind.Attachment, Id: attachment)
                : new LinkTarget(LinkKind.OtherInternal);
        }

        var segments = path.Split('/', StringSplitOptions.RemoveEmptyEntries);
        string? site = null;
        if (segments.Length >= 2 && segments[0].Equals("sites", StringComparison.OrdinalIgnoreCase))
        {
            site = Uri.UnescapeDataString(segments[1]);
            segments = segments[2..];
            if (segments.Length == 0)
            {
                return new LinkTarget(LinkKind.Site, site);
            }
        }

        if (segments.Length is 2 or 3 && (segments.Length == 2 || Is(segments[2], "print")) && Is(segments[0], "articles")
            && Guid.TryParse(segments[1], out var article))
        {
            return new LinkTarget(LinkKind.Article, site, Id: article);
        }

        if (segments.Length is 2 or 3 && (segments.Length == 2 || Is(segments[2], "rss.xml")) && Is(segments[0], "channels"))
        {
            return new LinkTarget(LinkKind.Channel, site, Uri.UnescapeDataString(segments[1]));
        }

        return site is null ? new LinkTarget(LinkKind.OtherInternal) : new LinkTarget(LinkKind.Site, site);
    }

    private static bool Is(string segment, string name) => segment.Equals(name, StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex("""\b(?:href|src)\s*=\s*(?:["'](?<q>[^"']*)["']|(?<u>[^\s"'>]+))""", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex LinkPattern();
}
