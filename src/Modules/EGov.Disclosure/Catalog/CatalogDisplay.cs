using System.Globalization;
using EGov.Platform.Clocks;
using EGov.Platform.Time;

namespace EGov.Disclosure.Catalog;

/// <summary>Dates and levels as the catalog pages print them (2026年11月28日, Beijing time).</summary>
internal static class CatalogDisplay
{
    public static string Date(DateOnly date) => date.ToString("yyyy年M月d日", CultureInfo.InvariantCulture);

    public static string Date(DateOnly? date) => date is { } d ? Date(d) : "";

    public static string Date(DateTime utc) => Date(ChinaTime.DateOf(utc));

    public static string Time(DateTime utc) => ChinaTime.ToLocal(utc).ToString("yyyy年M月d日 HH:mm", CultureInfo.InvariantCulture);

    public static string Level(WarningLevel level) => level switch
    {
        WarningLevel.Overdue => "逾期",
        WarningLevel.Warning => "临近到期",
        _ => "正常",
    };

    public static string LevelClass(WarningLevel level) => level switch
    {
        WarningLevel.Overdue => "level-overdue",
        WarningLevel.Warning => "level-warning",
        _ => "level-normal",
    };

    /// <summary>Plain paragraphs separated by blank lines.</summary>
    public static IEnumerable<string> Paragraphs(string text)
        => text.Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
}
