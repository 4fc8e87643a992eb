namespace EGov.Platform.Pdf;

/// <summary>
/// Breaks Chinese text into lines: between any two Han characters, never inside a run of Latin letters or digits
/// (<c>1,700.00</c>), and with the 避头尾 rules of GB/T 15834 practice: closing punctuation never starts a line and
/// opening punctuation never ends one. A line gives its last character to the next line to obey them (推出), and
/// lets the punctuation hang past the margin only when nothing else is possible.
/// </summary>
internal static class CjkLineBreaker
{
    private const string NoLineStart = "，。、；：？！）」』”’》〉】〕〗…—·％,.;:?!)]}%";
    private const string NoLineEnd = "（「『“‘《〈【〔〖([{";

    /// <param name="firstWidth">Room on the first line (after the indent).</param>
    /// <param name="width">Room on the following lines.</param>
    /// <param name="measure">The printed width of a piece of text.</param>
    public static IReadOnlyList<string> Break(string text, double firstWidth, double width, Func<string, double> measure)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(measure);
        var units = Units(text);
        var widths = units.Select(measure).ToArray();
        var lines = new List<string>();
        var start = 0;
        while (start < units.Count)
        {
            var room = lines.Count == 0 ? firstWidth : width;
            var end = Fill(widths, start, room);
            if (end < units.Count)
            {
                end = Adjust(units, start, end);
            }

            lines.Add(string.Concat(units.Skip(start).Take(end - start)).TrimEnd());
            start = end;
            while (start < units.Count && units[start] == " ")
            {
                start++;
            }
        }

        return lines.Count == 0 ? [""] : lines;
    }

    /// <summary>The end (exclusive) of the longest run from <paramref name="start"/> that fits; at least one unit.</summary>
    private static int Fill(double[] widths, int start, double room)
    {
        var used = 0d;
        var end = start;
        while (end < widths.Length && used + widths[end] <= room + 0.01)
        {
            used += widths[end++];
        }

        return Math.Max(end, start + 1);
    }

    private static int Adjust(List<string> units, int start, int end)
    {
        for (var at = end; at > start + 1; at--)
        {
            if (CanBreakBefore(units, at))
            {
                return at;
            }
        }

        // Nothing to push down: let the closing punctuation hang instead.
        var hang = end;
        while (hang < units.Count && NoLineStart.Contains(units[hang][0], StringComparison.Ordinal))
        {
            hang++;
        }

        return hang;
    }

    private static bool CanBreakBefore(List<string> units, int at)
        => !NoLineStart.Contains(units[at][0], StringComparison.Ordinal) && !NoLineEnd.Contains(units[at - 1][^1], StringComparison.Ordinal);

    /// <summary>Single characters, except that a run of Latin letters, digits and their punctuation stays whole.</summary>
    private static List<string> Units(string text)
    {
        var units = new List<string>();
        var i = 0;
        while (i < text.Length)
        {
            var length = char.IsSurrogatePair(text, i) ? 2 : 1;
            if (IsWordChar(text[i]))
            {
                length = 1;
                while (i + length < text.Length && (IsWordChar(text[i + length]) || IsJoiner(text, i + length)))
                {
                    length++;
                }
            }

            units.Add(text.Substring(i, length));
            i += length;
        }

        return units;
    }

    private static bool IsWordChar(char c) => char.IsAsciiLetterOrDigit(c);

    /// <summary>A comma, point or hyphen between two word characters (1,700.00; 2026-01).</summary>
    private static bool IsJoiner(string text, int i)
        => text[i] is ',' or '.' or '-' or '/' && i + 1 < text.Length && IsWordChar(text[i + 1]);
}
