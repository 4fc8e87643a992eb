using System.Globalization;

namespace EGov.Documents.Layout;

/// <summary>Dates as GB/T 9704 prints them: year in full, no leading zeros (2026年11月5日).</summary>
internal static class DocumentDates
{
    /// <summary>The blanks a draft without a date shows, for the date to be written in.</summary>
    public const string Blank = "　　　　年　　月　　日";

    public static string Format(DateOnly? date)
        => date is { } d ? string.Create(CultureInfo.InvariantCulture, $"{d.Year}年{d.Month}月{d.Day}日") : Blank;
}
