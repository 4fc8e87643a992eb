using System.Globalization;
using EGov.Platform.Time;

namespace EGov.Portal.Monitoring;

/// <summary>Dates on the monitoring pages: 2026年11月28日, Beijing time.</summary>
internal static class MonitoringDisplay
{
    public static string Date(DateTime? utc) => utc is { } t ? Date(ChinaTime.DateOf(t)) : "无";

    public static string Date(DateOnly date) => date.ToString("yyyy年M月d日", CultureInfo.InvariantCulture);

    public static string Days(int? days) => days is { } d ? $"{d}天" : "—";
}
