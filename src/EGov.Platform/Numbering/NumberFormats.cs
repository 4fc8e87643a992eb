using Microsoft.Extensions.Options;

namespace EGov.Platform.Numbering;

/// <summary>The configured formats, parsed once.</summary>
internal sealed class NumberFormats(IOptions<NumberingOptions> options)
{
    private readonly Dictionary<string, NumberFormat> _formats = options.Value.Formats
        .ToDictionary(f => f.Key, f => NumberFormat.Parse(f.Value), StringComparer.Ordinal);

    /// <summary>The format of the longest configured prefix of <paramref name="key"/> ending at a ':'; <c>{n}</c> when none.</summary>
    public NumberFormat For(string key)
    {
        for (var prefix = key; prefix.Length > 0; prefix = prefix[..Math.Max(prefix.LastIndexOf(':'), 0)])
        {
            if (_formats.TryGetValue(prefix, out var format))
            {
                return format;
            }
        }

        return NumberFormat.Plain;
    }
}
