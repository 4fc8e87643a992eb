using System.Globalization;
using EGov.Platform.Time;

namespace EGov.Documents.Outgoing;

/// <summary>Times and dates on the 发文 pages: Asia/Shanghai, 2026年11月28日.</summary>
internal static class OutgoingDisplay
{
    public static string Time(DateTime utc) => ChinaTime.ToLocal(utc).ToString("yyyy年M月d日 HH:mm", CultureInfo.InvariantCulture);

    public static string Day(DateOnly? day) => ChineseDate.Format(day);
}
