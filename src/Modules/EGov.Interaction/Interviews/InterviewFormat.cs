using System.Globalization;
using EGov.Platform.Time;

namespace EGov.Interaction.Interviews;

/// <summary>Interview times on pages, in Beijing time, and the highlighting of sensitive words for the host.</summary>
internal static class InterviewFormat
{
    public static string Time(DateTime utc) => ChinaTime.ToLocal(utc).ToString("yyyy年M月d日 HH:mm", CultureInfo.InvariantCulture);

    public static string Clock(DateTime utc) => InterviewTranscript.Clock(utc);

    /// <summary>The value of a <c>datetime-local</c> input.</summary>
    public static string Input(DateTime utc) => ChinaTime.ToLocal(utc).ToString("yyyy-MM-ddTHH:mm", CultureInfo.InvariantCulture);

    /// <summary>The text cut into pieces, each flagged when it is one of the words (compared as written).</summary>
    public static IReadOnlyList<(string Text, bool Hit)> Highlight(string text, IReadOnlyList<string> words)
    {
        ArgumentNullException.ThrowIfNull(text);
        var pieces = new List<(string, bool)>();
        var start = 0;
        while (start < text.Length)
        {
            var (at, word) = words.Where(w => w.Length > 0).Select(w => (At: text.IndexOf(w, start, StringComparison.OrdinalIgnoreCase), Word: w))
                .Where(f => f.At >= 0).OrderBy(f => f.At).FirstOrDefault(f => true, (-1, ""));
            if (at < 0)
            {
                break;
            }

            pieces.Add((text[start..at], false));
            pieces.Add((text.Substring(at, word.Length), true));
            start = at + word.Length;
        }

        pieces.Add((text[start..], false));
        return pieces;
    }
}
