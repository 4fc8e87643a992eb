using Lucene.Net.Analysis;
using Lucene.Net.Analysis.TokenAttributes;

namespace EGov.Portal.Search.Querying;

/// <summary>
/// The words of a query as the index sees them. SmartCn splits words its dictionary lacks (医保) into single
/// characters; adjacent single characters are kept together as one word and searched as a phrase, so 医保 does not
/// match a text that merely contains 医 and 保.
/// </summary>
internal static class QueryWords
{
    public static IReadOnlyList<QueryWord> Of(Analyzer analyzer, string text)
    {
        ArgumentNullException.ThrowIfNull(analyzer);
        var words = new List<QueryWord>();
        var run = new List<string>();
        var runEnd = -1;
        using var stream = analyzer.GetTokenStream(Index.SearchFields.Body, text);
        var term = stream.AddAttribute<ICharTermAttribute>();
        var offset = stream.AddAttribute<IOffsetAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            var value = term.ToString();
            var single = value.Length == 1 && char.IsLetter(value[0]) && value[0] > 0x2E80;
            if (!single || offset.StartOffset != runEnd)
            {
                Flush(words, run);
            }

            if (single)
            {
                run.Add(value);
                runEnd = offset.EndOffset;
            }
            else
            {
                words.Add(new QueryWord([value]));
                runEnd = -1;
            }
        }

        stream.End();
        Flush(words, run);
        return [.. words.DistinctBy(w => w.Text).Select(w => w with { Bigrams = Bigrams(analyzer, w.Text) })];
    }

    private static List<string> Bigrams(Analyzer analyzer, string word)
    {
        var bigrams = new List<string>();
        using var stream = analyzer.GetTokenStream(Index.SearchFields.BodyBigrams, word);
        var term = stream.AddAttribute<ICharTermAttribute>();
        stream.Reset();
        while (stream.IncrementToken())
        {
            bigrams.Add(term.ToString());
        }

        stream.End();
        return bigrams;
    }

    private static void Flush(List<QueryWord> words, List<string> run)
    {
        if (run.Count > 0)
        {
            words.Add(new QueryWord([.. run]));
            run.Clear();
        }
    }
}

/// <summary>One word of a query: a single term, or adjacent characters searched as a phrase.</summary>
internal sealed record QueryWord(IReadOnlyList<string> Terms)
{
    /// <summary>The word as CJK character pairs, searched as a phrase in the <c>.cjk</c> fields.</summary>
    public IReadOnlyList<string> Bigrams { get; init; } = [];

    public string Text => string.Concat(Terms);
}
