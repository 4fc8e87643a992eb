using System.Globalization;
using EGov.Platform.Time;

namespace EGov.Disclosure.Reports;

/// <summary>How the report pages print dates, figures and text.</summary>
internal static class ReportDisplay
{
    public static string Date(DateOnly date) => date.ToString("yyyy年M月d日", CultureInfo.InvariantCulture);

    public static string Date(DateTime? utc) => utc is { } t ? Date(ChinaTime.DateOf(t)) : "";

    public static string Number(decimal value) => value.ToString("0.####", CultureInfo.InvariantCulture);

    public static string Number(double? value) => value is { } v ? v.ToString("0.0", CultureInfo.InvariantCulture) : "—";

    /// <summary>Paragraphs of a section: separated by blank lines.</summary>
    public static IEnumerable<string> Paragraphs(string? text)
        => (text ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).Split("\n\n", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    /// <summary>The row heading of table 三 as printed: <c>三（三）1</c> → <c>1.属于国家秘密</c>, <c>三（一）</c> → <c>（一）予以公开</c>.</summary>
    public static string RowHeading(string code, string label) => code switch
    {
        "一" or "二" or "四" => $"{code}、{label}",
        _ when char.IsDigit(code[^1]) => $"{code[(code.IndexOf('）', StringComparison.Ordinal) + 1)..]}.{label}",
        _ => $"{code[1..]}{label}",
    };

    /// <summary>The sub-section of a numbered row of table 三, e.g. <c>（三）</c> of <c>三（三）1</c>.</summary>
    public static string Section(string code) => code[1..(code.IndexOf('）', StringComparison.Ordinal) + 1)];
}
