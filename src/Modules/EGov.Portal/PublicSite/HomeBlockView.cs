using EGov.Portal.Domain.Sites;

namespace EGov.Portal.PublicSite;

/// <summary>A home page block with the articles it shows.</summary>
internal sealed record HomeBlockView(string Title, string MoreUrl, HomeBlockLayout Layout, IReadOnlyList<ArticleListItem> Items);
