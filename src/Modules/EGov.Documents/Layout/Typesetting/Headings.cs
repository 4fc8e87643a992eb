using System.Text.RegularExpressions;

namespace EGov.Documents.Layout.Typesetting;

/// <summary>
/// The heading levels of the 正文 (GB/T 9704 §7.3.3): "一、" level 1 in 黑体, "（一）" level 2 in 楷体, "1." and "（1）"
/// levels 3 and 4 in 仿宋. A heading followed by text in the same paragraph ends at its first "。".
/// </summary>
internal static partial class Headings
{
    public static int Level(string paragraph) => paragraph switch
    {
        _ when LevelOne().IsMatch(paragraph) => 1,
        _ when LevelTwo().IsMatch(paragraph) => 2,
        _ when LevelThree().IsMatch(paragraph) => 3,
        _ when LevelFour().IsMatch(paragraph) => 4,
        _ => 0,
    };

    /// <summary>How many characters of the paragraph the heading takes.</summary>
    public static int Length(string paragraph)
    {
        var stop = paragraph.IndexOf('。', StringComparison.Ordinal);
        return stop >= 0 && stop < paragraph.Length - 1 ? stop + 1 : paragraph.Length;
    }

    [GeneratedRegex("^[一二三四五六七八九十百]+、")]
    private static partial Regex LevelOne();

    [GeneratedRegex("^（[一二三四五六七八九十百]+）")]
    private static partial Regex LevelTwo();

    [GeneratedRegex("^[0-9]+[.．]")]
    private static partial Regex LevelThree();

    [GeneratedRegex("^（[0-9]+）")]
    private static partial Regex LevelFour();
}
