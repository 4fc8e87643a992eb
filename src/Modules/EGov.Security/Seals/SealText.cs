using System.Globalization;
using EGov.Platform.Time;

namespace EGov.Security.Seals;

/// <summary>Dates and times of seals as people read them: 2026年11月28日, Beijing time.</summary>
internal static class SealText
{
    public static string Date(DateOnly date) => date.ToString("yyyy年M月d日", CultureInfo.InvariantCulture);

    public static string At(DateTime utc) => ChinaTime.ToLocal(utc).ToString("yyyy年M月d日 HH:mm", CultureInfo.InvariantCulture);
}
