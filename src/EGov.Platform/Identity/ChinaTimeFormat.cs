using System.Globalization;

namespace EGov.Platform.Identity;

/// <summary>Times on screens are Beijing time; China has kept UTC+8 without daylight saving since 1992.</summary>
internal static class ChinaTimeFormat
{
    private static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    public static string Format(DateTimeOffset instant)
        => instant.ToOffset(Offset).ToString("yyyy年M月d日 HH:mm", CultureInfo.InvariantCulture);

    public static string Format(DateTime utc) => Format(new DateTimeOffset(DateTime.SpecifyKind(utc, DateTimeKind.Utc)));
}
