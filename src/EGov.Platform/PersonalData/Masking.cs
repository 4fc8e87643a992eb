using System.Globalization;

namespace EGov.Platform.PersonalData;

/// <summary>How personal data is shown to people who may not see it in full (个人信息去标识化展示).</summary>
public static class Masking
{
    private const char Mask = '*';

    // The two-character surnames in common use (《百家姓》 复姓 still found in registers).
    private static readonly HashSet<string> CompoundSurnames =
    [
        "欧阳", "司马", "上官", "诸葛", "东方", "皇甫", "尉迟", "公孙", "慕容", "长孙", "宇文", "司徒", "夏侯", "轩辕",
        "令狐", "钟离", "澹台", "万俟", "闻人", "赫连", "独孤", "南宫", "西门", "百里", "呼延", "端木", "申屠", "公羊",
        "太史", "司空", "濮阳", "淳于", "单于", "宗政", "拓跋", "鲜于", "东郭", "左丘", "梁丘", "第五", "公冶", "仲孙",
    ];

    /// <summary><c>420502199001011234</c> → <c>4205**********1234</c> (also for the 15-digit form).</summary>
    public static string? ResidentId(string? value) => KeepEnds(value, 4, 4);

    /// <summary><c>13812345678</c> → <c>138****5678</c>.</summary>
    public static string? Phone(string? value) => KeepEnds(value, 3, 4);

    /// <summary>Keeps the first 6 characters (district and street level) then <c>****</c>; a short address keeps half.</summary>
    public static string? Address(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return value;
        }

        var elements = TextElements(value);
        var keep = Math.Min(6, elements.Count / 2);
        return string.Concat(elements.Take(keep)) + "****";
    }

    /// <summary>Keeps the surname: <c>张三</c> → <c>张*</c>, <c>欧阳娜娜</c> → <c>欧阳**</c>.</summary>
    public static string? Name(string? value)
    {
        if (string.IsNullOrEmpty(value))
        {
            return value;
        }

        var elements = TextElements(value.Trim());
        var surname = elements.Count > 2 && CompoundSurnames.Contains(elements[0] + elements[1]) ? 2 : 1;
        return elements.Count <= 1 ? new string(Mask, 1) : string.Concat(elements.Take(surname)) + new string(Mask, elements.Count - surname);
    }

    private static string? KeepEnds(string? value, int head, int tail)
    {
        if (string.IsNullOrEmpty(value))
        {
            return value;
        }

        var trimmed = value.Trim();
        return trimmed.Length <= head + tail
            ? new string(Mask, trimmed.Length)
            : trimmed[..head] + new string(Mask, trimmed.Length - head - tail) + trimmed[^tail..];
    }

    private static List<string> TextElements(string value)
    {
        var elements = new List<string>();
        var enumerator = StringInfo.GetTextElementEnumerator(value);
        while (enumerator.MoveNext())
        {
            elements.Add(enumerator.GetTextElement());
        }

        return elements;
    }
}
