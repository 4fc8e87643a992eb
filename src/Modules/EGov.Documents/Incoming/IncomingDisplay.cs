using System.Globalization;
using EGov.Platform.Time;

namespace EGov.Documents.Incoming;

/// <summary>Dates and times as the pages and the export show them: 2026年11月28日, 2026年11月28日 15:30 (Beijing time).</summary>
internal static class IncomingDisplay
{
    public static string Time(DateTime? utc) => utc is { } at ? ChinaTime.ToLocal(at).ToString("yyyy年M月d日 HH:mm", CultureInfo.InvariantCulture) : "";

    public static string Day(DateOnly? day) => day is { } d ? d.ToString("yyyy年M月d日", CultureInfo.InvariantCulture) : "";

    public static string Iso(DateOnly? day) => day is { } d ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "";
}
