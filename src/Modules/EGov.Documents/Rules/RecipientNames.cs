namespace EGov.Documents.Rules;

/// <summary>The names in a printed recipient line: 主送 and 抄送 list them separated by ，、 or ；.</summary>
internal static class RecipientNames
{
    private static readonly char[] Separators = ['，', '、', '；', ',', ';', '\n'];

    public static IReadOnlyList<string> Split(string? line)
        => (line ?? "").Split(Separators, StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(n => n.TrimEnd('：', ':', '。'))
            .Where(n => n.Length > 0)
            .ToList();

    /// <summary>A collective name (统称) such as 各街道办事处 stands for many bodies.</summary>
    public static bool IsCollective(string name) => name.Contains('各', StringComparison.Ordinal) || name.Contains("有关", StringComparison.Ordinal);
}
