using System.Text;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;

namespace EGov.Portal.Search.Querying;

/// <summary>The highlighted passage of a hit: matched words in <c>&lt;em&gt;</c>, everything else HTML-encoded.</summary>
internal sealed class Snippets(Analyzer analyzer, Query query)
{
    public const int Length = 120;

    private readonly Highlighter _highlighter = Create(query);

    public string Of(IndexReader reader, int document, string body)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(body);
        var vector = reader.GetTermVector(document, Index.SearchFields.Body);
        var tokens = vector is null
            ? analyzer.GetTokenStream(Index.SearchFields.Body, body)
            : TokenSources.GetTokenStream(vector, tokenPositionsGuaranteedContiguous: false);
        var fragment = _highlighter.GetBestFragment(tokens, body);
        return fragment is null
            ? HtmlText.Encode(body.Length > Length ? body[..Length] + "…" : body)
            : fragment.Replace("</em><em>", "", StringComparison.Ordinal);
    }

    private static Highlighter Create(Query query)
    {
        var scorer = new QueryScorer(query, Index.SearchFields.Body);
        return new Highlighter(new SimpleHTMLFormatter("<em>", "</em>"), new HtmlText(), scorer)
        {
            TextFragmenter = new SimpleSpanFragmenter(scorer, Length),
        };
    }
}

/// <summary>Encodes only what HTML needs: Lucene's own encoder would turn every Chinese character into an entity.</summary>
internal sealed class HtmlText : IEncoder
{
    public string EncodeText(string originalText) => Encode(originalText);

    public static string Encode(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var builder = new StringBuilder(text.Length + 16);
        foreach (var c in text)
        {
            _ = c switch
            {
                '&' => builder.Append("&amp;"),
                '<' => builder.Append("&lt;"),
                '>' => builder.Append("&gt;"),
                '"' => builder.Append("&quot;"),
                '\'' => builder.Append("&#39;"),
                _ => builder.Append(c),
            };
        }

        return builder.ToString();
    }
}
