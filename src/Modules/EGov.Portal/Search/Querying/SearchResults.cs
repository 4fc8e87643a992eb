namespace EGov.Portal.Search.Querying;

/// <summary>One page of hits; <see cref="Suggestions"/> only when nothing matched.</summary>
internal sealed record SearchResults(int Total, int Page, IReadOnlyList<SearchHit> Hits, IReadOnlyList<SearchSuggestion> Suggestions)
{
    public int PageCount => Math.Min(SearchCriteria.MaxPage, (Total + SearchCriteria.PageSize - 1) / SearchCriteria.PageSize);
}

/// <param name="Snippet">HTML: matched words in <c>&lt;em&gt;</c>, the rest encoded.</param>
/// <param name="Site">The site's name.</param>
/// <param name="Date">UTC.</param>
internal sealed record SearchHit(string Title, string Url, string Snippet, string Type, string Site, DateTime Date);

/// <summary>Another query to try: <see cref="Query"/> to search, <see cref="Label"/> to show (医保（12条）).</summary>
internal sealed record SearchSuggestion(string Query, string Label);
