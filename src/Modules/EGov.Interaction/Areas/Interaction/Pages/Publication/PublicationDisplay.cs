using System.Globalization;
using EGov.Platform.Time;

namespace EGov.Interaction.Areas.Interaction.Pages.Publication;

/// <summary>How the public pages print dates, rates and averages (2026年11月28日, 96.5%, 4.2).</summary>
internal static class PublicationDisplay
{
    public static string Date(DateOnly? date) => date is { } d ? d.ToString("yyyy年M月d日", CultureInfo.InvariantCulture) : "—";

    public static string Iso(DateOnly? date) => date is { } d ? d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture) : "";

    /// <summary>A UTC instant as a China date and time.</summary>
    public static string Time(DateTime utc) => ChinaTime.ToLocal(utc).ToString("yyyy年M月d日 HH:mm", CultureInfo.InvariantCulture);

    public static string Percent(double? share) => share is { } s ? (s * 100).ToString("0.0", CultureInfo.InvariantCulture) + "%" : "—";

    public static string Number(double? value) => value is { } v ? v.ToString("0.0", CultureInfo.InvariantCulture) : "—";
}
