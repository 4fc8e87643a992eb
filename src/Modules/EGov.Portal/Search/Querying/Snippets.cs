using System.Net;
using System.Text;
using System.Text.RegularExpressions;
using Lucene.Net.Analysis;
using Lucene.Net.Index;
using Lucene.Net.Search;
using Lucene.Net.Search.Highlight;

namespace EGov.Portal.Search.Querying;

/// <summary>The highlighted passage of a hit: matched words in <c>&lt;em&gt;</c>, everything else HTML-encoded.</summary>
/// <param name="words">The reader's words: marked by hand where only the character-pair fields matched them.</param>
internal sealed partial class Snippets(Analyzer analyzer, Query query, IReadOnlyList<string> words)
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
        return fragment is null ? Around(body, words) : Remark(fragment.Replace("</em><em>", "", StringComparison.Ordinal), words);
    }

    /// <summary>The passage around the first of the words found in the text, each word marked; the start of the text when none is.</summary>
    public static string Around(string body, IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(body);
        ArgumentNullException.ThrowIfNull(words);
        var found = words.Where(w => w.Length > 0 && body.Contains(w, StringComparison.Ordinal)).ToList();
        if (found.Count == 0)
        {
            return HtmlText.Encode(body.Length > Length ? body[..Length] + "…" : body);
        }

        var start = Math.Max(0, found.Min(w => body.IndexOf(w, StringComparison.Ordinal)) - 20);
        var passage = body.Substring(start, Math.Min(Length, body.Length - start));
        return (start > 0 ? "…" : "") + Mark(HtmlText.Encode(passage), found) + (start + passage.Length < body.Length ? "…" : "");
    }

    /// <summary>
    /// Marks the reader's words too where the highlighter, which sees only SmartCn's words, missed them
    /// (医保 inside 医保定点, which SmartCn reads as 医 / 保定 / 点).
    /// </summary>
    private static string Remark(string fragment, IReadOnlyList<string> words)
    {
        var marked = Marked().Matches(fragment).Select(m => WebUtility.HtmlDecode(m.Groups[1].Value));
        return Mark(fragment.Replace("<em>", "", StringComparison.Ordinal).Replace("</em>", "", StringComparison.Ordinal), [.. marked.Concat(words)]);
    }

    private static string Mark(string encoded, IReadOnlyList<string> words)
    {
        var alternatives = words.Where(w => w.Length > 0).Select(HtmlText.Encode).Distinct(StringComparer.Ordinal)
            .OrderByDescending(w => w.Length).Select(Regex.Escape).ToList();
        // Never inside an entity: a word "amp" must not split "&amp;".
        var pattern = "(?<!&#?[A-Za-z0-9]*)(?:" + string.Join('|', alternatives) + ")";
        return alternatives.Count == 0 ? encoded : Regex.Replace(encoded, pattern, "<em>$0</em>", RegexOptions.None, TimeSpan.FromSeconds(1));
    }

    [GeneratedRegex("<em>(.*?)</em>")]
    private static partial Regex Marked();

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
