using EGov.Platform.Time;
using EGov.Portal.Domain.Articles;

namespace EGov.Portal.PublicSite;

/// <summary>Dates and marks as readers see them: China time, 2026年11月28日.</summary>
internal static class PublicFormat
{
    public static string Date(DateTime utc) => ChinaTime.ToLocal(utc).ToString("yyyy年M月d日", System.Globalization.CultureInfo.InvariantCulture);

    public static string DateTime(DateTime utc) => ChinaTime.ToLocal(utc).ToString("yyyy年M月d日 HH:mm", System.Globalization.CultureInfo.InvariantCulture);

    /// <summary>ISO date for <c>&lt;time datetime&gt;</c>.</summary>
    public static string IsoDate(DateTime utc) => ChinaTime.DateOf(utc).ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);

    public static string ValidityClass(PolicyValidity validity) => validity switch
    {
        PolicyValidity.Valid => "validity validity-valid",
        PolicyValidity.Amended => "validity validity-amended",
        _ => "validity validity-void",
    };
}
