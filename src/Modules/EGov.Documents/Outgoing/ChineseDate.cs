using System.Globalization;

namespace EGov.Documents.Outgoing;

/// <summary>Dates as a 公文 prints them: year in full, month and day without leading zeros (GB/T 9704 §7.3.5.3).</summary>
internal static class ChineseDate
{
    public static string Format(DateOnly date) => string.Create(CultureInfo.InvariantCulture, $"{date.Year}年{date.Month}月{date.Day}日");

    public static string Format(DateOnly? date) => date is { } d ? Format(d) : "";
}
