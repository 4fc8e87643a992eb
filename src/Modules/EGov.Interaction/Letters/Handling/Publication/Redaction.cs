using System.Text.RegularExpressions;

namespace EGov.Interaction.Letters.Handling.Publication;

/// <summary>
/// Removes personal data from a letter's text before it is published (《个人信息保护法》第二十八条: ID numbers are
/// sensitive personal information): resident ID numbers, mobile and landline numbers, e-mail addresses, licence plates
/// and the writer's own name. Staff read and edit the result before publishing; this is the first pass, not a guarantee.
/// </summary>
internal static partial class Redaction
{
    public const string Mark = "×××";

    public static string Apply(string? text, string? writerName = null)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var result = Email().Replace(text, Mark);
        result = ResidentId().Replace(result, Mark);
        result = Mobile().Replace(result, Mark);
        result = Landline().Replace(result, Mark);
        result = Plate().Replace(result, Mark);
        if (writerName?.Trim() is { Length: >= 2 } name)
        {
            result = result.Replace(name, Mark, StringComparison.Ordinal);
        }

        return result;
    }

    [GeneratedRegex(@"[A-Za-z0-9._%+\-]+@[A-Za-z0-9.\-]+\.[A-Za-z]{2,}")]
    private static partial Regex Email();

    // 18 digits (the last may be X) or the old 15-digit form.
    [GeneratedRegex(@"(?<![0-9])(?:[1-9][0-9]{16}[0-9Xx]|[1-9][0-9]{14})(?![0-9Xx])")]
    private static partial Regex ResidentId();

    [GeneratedRegex(@"(?<![0-9])(?:\+?86[\s\-]?)?1[3-9][0-9][\s\-]?[0-9]{4}[\s\-]?[0-9]{4}(?![0-9])")]
    private static partial Regex Mobile();

    // With an area code (0717-6221234, (0717)6221234, 07176221234), or 7–8 digits right after 电话/座机/热线.
    [GeneratedRegex(@"(?:[(（]0[0-9]{2,3}[)）]\s?|(?<![0-9])0[0-9]{2,3}[\s\-]?)[0-9]{7,8}(?![0-9])|(?<=(?:电话|座机|热线|联系方式)[:：是为\s]{0,2})[0-9]{7,8}(?![0-9])")]
    private static partial Regex Landline();

    [GeneratedRegex(@"[京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼][A-Z][·•\s]?[A-HJ-NP-Z0-9]{5,6}")]
    private static partial Regex Plate();
}
