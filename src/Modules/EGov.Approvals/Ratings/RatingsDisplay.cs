using System.Globalization;
using EGov.Platform.Time;

namespace EGov.Approvals.Ratings;

/// <summary>Dates, times, shares and averages as the rating and statistics pages print them.</summary>
internal static class RatingsDisplay
{
    public static string Date(DateOnly? date) => date?.ToString("yyyy年M月d日", CultureInfo.InvariantCulture) ?? "—";

    public static string Time(DateTime? utc) => utc is { } t ? ChinaTime.ToLocal(t).ToString("yyyy年M月d日 HH:mm", CultureInfo.InvariantCulture) : "—";

    public static string Percent(double? share) => share is { } s ? (s * 100).ToString("0.#", CultureInfo.InvariantCulture) + "%" : "—";

    public static string Number(double? value) => value?.ToString("0.##", CultureInfo.InvariantCulture) ?? "—";

    public static string Iso(DateOnly date) => date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
}
