using System.Globalization;
using EGov.Platform.Time;

namespace EGov.Interaction.Open311.Format;

/// <summary>
/// Date-times in the W3C note's subset of ISO 8601 that GeoReport v2 requires, always with the zone: we answer in China
/// time (<c>2026-11-28T09:30:00+08:00</c>) and accept any offset or <c>Z</c>.
/// </summary>
internal static class W3cDateTime
{
    private static readonly string[] Accepted =
    [
        "yyyy-MM-dd'T'HH:mm:ssK", "yyyy-MM-dd'T'HH:mm:ss.FFFFFFFK", "yyyy-MM-dd'T'HH:mmK",
    ];

    public static string? Format(DateTime? utc)
        => utc is { } instant
            ? new DateTimeOffset(ChinaTime.ToLocal(instant), TimeSpan.FromHours(8)).ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture)
            : null;

    /// <summary>The instant in UTC, or null when the text is not a W3C date-time with a zone.</summary>
    public static DateTime? Parse(string text)
    {
        var trimmed = (text ?? "").Trim();

        // An unencoded "+08:00" in a query string arrives as " 08:00".
        if (trimmed.Length > 6 && trimmed[^6] == ' ')
        {
            trimmed = string.Concat(trimmed.AsSpan(0, trimmed.Length - 6), "+", trimmed.AsSpan(trimmed.Length - 5));
        }

        if (trimmed.Length < 16 || !(trimmed.EndsWith('Z') || trimmed[^6] is '+' or '-'))
        {
            return null;
        }

        return DateTimeOffset.TryParseExact(trimmed, Accepted, CultureInfo.InvariantCulture, DateTimeStyles.None, out var parsed)
            ? parsed.UtcDateTime
            : null;
    }
}
