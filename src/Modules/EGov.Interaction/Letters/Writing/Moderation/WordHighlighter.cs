namespace EGov.Interaction.Letters.Writing.Moderation;

/// <summary>
/// Splits a text into plain and found parts so the review page can mark the sensitive words (encoded, never as HTML).
/// A word the writer split with spaces or punctuation is not marked; the list of words found still names it.
/// </summary>
internal static class WordHighlighter
{
    public static IReadOnlyList<TextPart> Split(string text, IReadOnlyCollection<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var parts = new List<TextPart>();
        var start = 0;
        while (start < text.Length)
        {
            var (at, word) = Next(text, start, words);
            if (word is null)
            {
                parts.Add(new TextPart(text[start..], false));
                break;
            }

            if (at > start)
            {
                parts.Add(new TextPart(text[start..at], false));
            }

            parts.Add(new TextPart(text.Substring(at, word.Length), true));
            start = at + word.Length;
        }

        return parts;
    }

    private static (int At, string? Word) Next(string text, int start, IReadOnlyCollection<string> words)
    {
        var best = (At: int.MaxValue, Word: (string?)null);
        foreach (var word in words.Where(w => w.Length > 0))
        {
            var at = text.IndexOf(word, start, StringComparison.OrdinalIgnoreCase);
            if (at >= 0 && (at < best.At || (at == best.At && word.Length > best.Word!.Length)))
            {
                best = (at, word);
            }
        }

        return best;
    }
}

internal sealed record TextPart(string Text, bool Found);
