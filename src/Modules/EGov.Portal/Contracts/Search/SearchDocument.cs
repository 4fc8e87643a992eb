namespace EGov.Portal.Contracts.Search;

/// <summary>
/// One thing the site group's search finds: an article, a service item, a disclosed document, a published letter.
/// Modules describe their public records with it and hand them to <see cref="ISearchFeed"/>.
/// </summary>
/// <param name="Key">Unique across the platform: <c>{type}:{id}</c>, e.g. <c>article:3f2a…</c>.</param>
/// <param name="Type">One of <see cref="SearchTypes"/>.</param>
/// <param name="Body">Plain text (no HTML) that is searched and snippeted.</param>
/// <param name="Url">Site-relative address of the public page, e.g. <c>/sites/scjg/articles/…</c>.</param>
/// <param name="Date">The date shown and filtered on (publication), UTC.</param>
public sealed record SearchDocument(string Key, string Type, string Title, string Body, string Url, DateTime Date)
{
    /// <summary>Code of the site it belongs to (<c>www</c> for the portal and platform-wide records).</summary>
    public string SiteCode { get; init; } = "www";

    public string? SiteName { get; init; }
    public string? ChannelCode { get; init; }
    public string? ChannelName { get; init; }
    public string? Keywords { get; init; }
}
