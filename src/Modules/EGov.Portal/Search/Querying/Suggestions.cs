using EGov.Portal.Search.Index;
using Lucene.Net.Analysis;
using Lucene.Net.Search;

namespace EGov.Portal.Search.Querying;

/// <summary>
/// For a search that found nothing: each word that does find something on its own, with its count (医保（12条）),
/// and a few words from the titles of records that match part of the query.
/// </summary>
internal static class Suggestions
{
    private const int TitleWords = 4;

    public static IReadOnlyList<SearchSuggestion> For(IndexSearcher searcher, Analyzer analyzer, IReadOnlyList<QueryWord> words, Filter? filter)
    {
        var suggestions = new List<SearchSuggestion>();
        if (words.Count > 1)
        {
            foreach (var word in words)
            {
                var counter = new TotalHitCountCollector();
                searcher.Search(SearchQueries.Word(word), filter, counter);
                if (counter.TotalHits > 0)
                {
                    suggestions.Add(new SearchSuggestion(word.Text, $"{word.Text}（{counter.TotalHits}条）"));
                }
            }
        }

        var asked = words.Select(w => w.Text).ToHashSet(StringComparer.Ordinal);
        var related = searcher.Search(SearchQueries.AnyOf(words), filter, 10).ScoreDocs
            .SelectMany(d => QueryWords.Of(analyzer, searcher.Doc(d.Doc).Get(SearchFields.Title)))
            .Select(w => w.Text)
            .Where(t => t.Length >= 2 && !asked.Contains(t) && !t.All(char.IsAsciiDigit))
            .GroupBy(t => t, StringComparer.Ordinal)
            .OrderByDescending(g => g.Count())
            .Take(TitleWords)
            .Select(g => new SearchSuggestion(g.Key, g.Key));
        suggestions.AddRange(related);
        return suggestions;
    }
}
