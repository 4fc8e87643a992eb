using EGov.Platform.Results;
using EGov.Portal.Search.Index;
using Lucene.Net.Search;

namespace EGov.Portal.Search.Querying;

/// <summary>全文检索: the one use case behind the search page and <c>GET /api/v1/search</c>.</summary>
internal sealed class SearchHandler(LuceneSearchIndex index)
{
    public Result<SearchResults> Search(SearchRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var checkedRequest = request.Check();
        return checkedRequest.IsSuccess ? Search(checkedRequest.Value) : checkedRequest.Error!;
    }

    public SearchResults Search(SearchCriteria criteria)
    {
        ArgumentNullException.ThrowIfNull(criteria);
        var words = QueryWords.Of(index.Analyzer, criteria.Text);
        if (words.Count == 0)
        {
            return new SearchResults(0, criteria.Page, [], []);
        }

        var query = SearchQueries.AllOf(words);
        var filter = SearchQueries.Filter(criteria);
        return index.Search(searcher =>
        {
            var wanted = criteria.Page * SearchCriteria.PageSize;
            var top = criteria.Sort == SearchSort.Date
                ? searcher.Search(query, filter, wanted, new Sort(new SortField(SearchFields.DateSort, SortFieldType.INT64, reverse: true)))
                : searcher.Search(query, filter, wanted);
            if (top.TotalHits == 0)
            {
                return new SearchResults(0, criteria.Page, [], Suggestions.For(searcher, index.Analyzer, words, filter));
            }

            var snippets = new Snippets(index.Analyzer, query, [.. words.Select(w => w.Text)]);
            var hits = top.ScoreDocs.Skip(wanted - SearchCriteria.PageSize)
                .Select(d => Hit(searcher, d.Doc, snippets))
                .ToList();
            return new SearchResults(top.TotalHits, criteria.Page, hits, []);
        });
    }

    private static SearchHit Hit(IndexSearcher searcher, int id, Snippets snippets)
    {
        var document = searcher.Doc(id);
        return new(
        document.Get(SearchFields.Title),
        document.Get(SearchFields.Url),
        snippets.Of(searcher.IndexReader, id, document.Get(SearchFields.Body) ?? ""),
        document.Get(SearchFields.Type),
        document.Get(SearchFields.SiteName),
        SearchDocuments.DateOf(document));
    }
}
