namespace EGov.Portal.PublicSite;

/// <summary>One line of an article list with the address it links to.</summary>
internal sealed record ArticleLine(string Url, ArticleListItem Item);
