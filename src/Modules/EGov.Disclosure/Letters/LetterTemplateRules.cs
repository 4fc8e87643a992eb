using EGov.Platform.Results;

namespace EGov.Disclosure.Letters;

/// <summary>What a saved template must satisfy: a title and body, only the kind's placeholders, all of its required ones.</summary>
internal static class LetterTemplateRules
{
    public const int MaxTitle = 200;
    public const int MaxBody = 20000;

    public static Result Check(LetterKindInfo kind, string? title, string? body)
    {
        ArgumentNullException.ThrowIfNull(kind);
        var fields = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(title) || title.Length > MaxTitle)
        {
            fields["title"] = [$"标题不能为空，且不超过{MaxTitle}个字。"];
        }

        if (string.IsNullOrWhiteSpace(body) || body.Length > MaxBody)
        {
            fields["body"] = [$"正文不能为空，且不超过{MaxBody}个字。"];
        }
        else if (BodyProblem(kind, title ?? "", body) is { } problem)
        {
            fields["body"] = [problem];
        }

        return fields.Count == 0
            ? Result.Success()
            : LetterErrors.TemplateBroken(string.Join(" ", fields.Values.SelectMany(v => v))) with { Fields = fields };
    }

    private static string? BodyProblem(LetterKindInfo kind, string title, string body)
    {
        var text = title + "\n" + body;
        var used = LetterPlaceholders.Used(text);
        var unknown = used.Where(p => !kind.Allows(p)).ToList();
        if (unknown.Count > 0)
        {
            return $"不认识的占位符：{string.Join("、", unknown.Select(p => "{" + p + "}"))}。本类告知书可用的占位符见页面下方列表。";
        }

        var missing = kind.Required.Where(p => !used.Contains(p, StringComparer.Ordinal)).ToList();
        if (missing.Count > 0)
        {
            return $"缺少必需的占位符：{string.Join("、", missing.Select(p => "{" + p + "}"))}。";
        }

        var rest = LetterPlaceholders.Pattern().Replace(text, "");
        return rest.Contains('{', StringComparison.Ordinal) || rest.Contains('}', StringComparison.Ordinal)
            ? "花括号只能用于占位符，请检查是否有不成对的 { 或 }。"
            : null;
    }
}
