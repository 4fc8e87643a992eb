using Microsoft.Extensions.Configuration;

namespace EGov.Platform.Numbering;

/// <summary>
/// Configuration section <c>Numbering:Formats</c>: a format per key prefix, e.g.
/// <c>"documents:西政发": "{code}〔{year}〕{n}号"</c> or nested <c>"documents": { "西政发": … }</c> (the same path).
/// </summary>
internal sealed class NumberingOptions
{
    public const string Section = "Numbering:Formats";

    public Dictionary<string, string> Formats { get; } = new(StringComparer.Ordinal);

    /// <summary>Configuration paths use ':' as separator, like our keys: every value under the section is a prefix and its format.</summary>
    public void Bind(IConfiguration configuration)
    {
        foreach (var (prefix, format) in configuration.GetSection(Section).AsEnumerable(makePathsRelative: true))
        {
            if (format is not null)
            {
                Formats[prefix] = format;
            }
        }
    }
}
