using System.Globalization;
using DiffPlex;

namespace EGov.Portal.Authoring.Versions;

/// <summary>
/// Splits text for a readable diff: each Chinese character on its own (Chinese has no spaces between words), runs of
/// Latin letters and digits as words, every other character (space, punctuation) on its own.
/// </summary>
internal sealed class MixedChunker : IChunker
{
    public static MixedChunker Instance { get; } = new();

    public IReadOnlyList<string> Chunk(string text)
    {
        var chunks = new List<string>();
        var elements = StringInfo.GetTextElementEnumerator(text ?? "");
        var word = new System.Text.StringBuilder();
        while (elements.MoveNext())
        {
            var element = elements.GetTextElement();
            if (element.Length == 1 && char.IsAsciiLetterOrDigit(element[0]))
            {
                word.Append(element);
                continue;
            }

            Flush(word, chunks);
            chunks.Add(element);
        }

        Flush(word, chunks);
        return chunks;
    }

    private static void Flush(System.Text.StringBuilder word, List<string> chunks)
    {
        if (word.Length > 0)
        {
            chunks.Add(word.ToString());
            word.Clear();
        }
    }
}
