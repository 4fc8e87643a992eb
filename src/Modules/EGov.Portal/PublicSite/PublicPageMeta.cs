using Microsoft.AspNetCore.Http;

namespace EGov.Portal.PublicSite;

/// <summary>What a public page puts into the head: Open Graph tags and, on channel pages, its RSS feed.</summary>
internal sealed record PublicPageMeta(string Title, string Description, string Type, string Url, string SiteName)
{
    public string? FeedUrl { get; init; }
    public string? FeedTitle { get; init; }

    /// <summary>The absolute address of a site-relative path on the host the reader asked.</summary>
    public static string Absolute(HttpRequest request, string path)
    {
        ArgumentNullException.ThrowIfNull(request);
        return $"{request.Scheme}://{request.Host}{request.PathBase}{path}";
    }
}
