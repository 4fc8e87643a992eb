using System.Globalization;
using EGov.Platform.Time;

namespace EGov.Oversight.Cards;

/// <summary>Dates and times on the card pages: 2026年11月28日, Beijing time.</summary>
internal static class CardDisplay
{
    public static string Day(DateOnly? date) => date?.ToString("yyyy年M月d日", CultureInfo.InvariantCulture) ?? "";

    public static string Time(DateTime? utc) => utc is { } t ? ChinaTime.ToLocal(t).ToString("yyyy年M月d日 HH:mm", CultureInfo.InvariantCulture) : "";

    public static string Minutes(long? minutes) => minutes?.ToString(CultureInfo.InvariantCulture) ?? "—";

    public static string LevelClass(Domain.CardLevel level) => level == Domain.CardLevel.Red ? "text-bg-danger" : "text-bg-warning";
}
