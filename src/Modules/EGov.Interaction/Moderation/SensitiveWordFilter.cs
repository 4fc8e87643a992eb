using System.Globalization;
using System.Text;
using EGov.Interaction.Domain.Moderation;
using EGov.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace EGov.Interaction.Moderation;

/// <summary>
/// Finds the sensitive words in a text from the public. Full-width letters, case and the spaces or punctuation put
/// between characters to slip past a filter do not hide a word. A message with a finding is held for staff review.
/// </summary>
internal sealed class SensitiveWordFilter(EGovDbContext db)
{
    public async Task<IReadOnlyList<string>> FindAsync(string? text, CancellationToken cancellationToken = default)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return [];
        }

        var words = await db.Set<SensitiveWord>().AsNoTracking().Select(w => w.Word).ToListAsync(cancellationToken);
        return Find(text, words);
    }

    public static IReadOnlyList<string> Find(string text, IEnumerable<string> words)
    {
        ArgumentNullException.ThrowIfNull(words);
        var haystack = Normalize(text);
        return words.Where(w => Normalize(w) is { Length: > 0 } needle && haystack.Contains(needle, StringComparison.Ordinal))
            .Distinct(StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>NFKC (full-width to half-width), lower case, letters and digits only.</summary>
    public static string Normalize(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var builder = new StringBuilder(text.Length);
        foreach (var c in text.Normalize(NormalizationForm.FormKC))
        {
            if (char.IsLetterOrDigit(c))
            {
                builder.Append(char.ToLower(c, CultureInfo.InvariantCulture));
            }
        }

        return builder.ToString();
    }
}
