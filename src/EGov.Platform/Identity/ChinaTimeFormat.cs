using System.Globalization;
using EGov.Platform.Time;

namespace EGov.Platform.Identity;

/// <summary>Instants as the identity pages and messages show them: 2026年11月28日 15:30, Beijing time.</summary>
internal static class ChinaTimeFormat
{
    public static string Format(DateTime utc) => ChinaTime.ToLocal(utc).ToString("yyyy年M月d日 HH:mm", CultureInfo.InvariantCulture);

    public static string Format(DateTimeOffset instant) => Format(instant.UtcDateTime);
}
