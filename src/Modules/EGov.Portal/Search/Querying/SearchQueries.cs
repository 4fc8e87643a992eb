using EGov.Platform.Time;
using EGov.Portal.Search.Index;
using Lucene.Net.Index;
using Lucene.Net.Search;

namespace EGov.Portal.Search.Querying;

/// <summary>Lucene queries for a search: every word required, title ×3, keywords ×2, body ×1; filters apart from scoring.</summary>
internal static class SearchQueries
{
    private static readonly (string Field, float Boost)[] Fields = [(SearchFields.Title, 3f), (SearchFields.Keywords, 2f), (SearchFields.Body, 1f)];

    // Lower than the segmented fields: a match of the reader's whole word ranks above a match of its characters.
    private static readonly (string Field, float Boost)[] BigramFields = [(SearchFields.TitleBigrams, 1.5f), (SearchFields.BodyBigrams, .5f)];

    public static Query AllOf(IEnumerable<QueryWord> words) => Combine(words, Occur.MUST);

    public static Query AnyOf(IEnumerable<QueryWord> words) => Combine(words, Occur.SHOULD);

    public static Query Word(QueryWord word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var anyField = new BooleanQuery();
        foreach (var (field, boost) in Fields)
        {
            anyField.Add(TermsIn(field, word.Terms, boost), Occur.SHOULD);
        }

        if (word.Bigrams.Count > 0)
        {
            foreach (var (field, boost) in BigramFields)
            {
                anyField.Add(TermsIn(field, word.Bigrams, boost), Occur.SHOULD);
            }
        }

        return anyField;
    }

    private static Query TermsIn(string field, IReadOnlyList<string> terms, float boost)
    {
        Query query;
        if (terms.Count == 1)
        {
            query = new TermQuery(new Term(field, terms[0]));
        }
        else
        {
            var phrase = new PhraseQuery();
            foreach (var term in terms)
            {
                phrase.Add(new Term(field, term));
            }

            query = phrase;
        }

        query.Boost = boost;
        return query;
    }

    public static Filter? Filter(SearchCriteria criteria)
    {
        ArgumentNullException.ThrowIfNull(criteria);
        var filter = new BooleanQuery();
        AddTerm(filter, SearchFields.Site, criteria.Site);
        AddTerm(filter, SearchFields.Channel, criteria.Channel);
        AddTerm(filter, SearchFields.Type, criteria.Type);
        if (criteria.From is not null || criteria.To is not null)
        {
            long? from = criteria.From is { } f ? ChinaTime.StartOfDay(f).Ticks : null;
            long? to = criteria.To is { } t ? ChinaTime.StartOfDay(t.AddDays(1)).Ticks : null;
            filter.Add(NumericRangeQuery.NewInt64Range(SearchFields.Date, from, to, minInclusive: true, maxInclusive: false), Occur.MUST);
        }

        return filter.Clauses.Count == 0 ? null : new QueryWrapperFilter(filter);
    }

    private static BooleanQuery Combine(IEnumerable<QueryWord> words, Occur occur)
    {
        var query = new BooleanQuery();
        foreach (var word in words)
        {
            query.Add(Word(word), occur);
        }

        return query;
    }

    private static void AddTerm(BooleanQuery filter, string field, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            filter.Add(new TermQuery(new Term(field, value)), Occur.MUST);
        }
    }
}
