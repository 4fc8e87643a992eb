namespace EGov.Approvals.Domain.Items;

/// <summary>网上办理深度, the national 实施清单 multi-select code list (approvals.md §2.2), stored as "3^4^5^6".</summary>
internal static class OnlineDepth
{
    public static IReadOnlyDictionary<int, string> Names { get; } = new Dictionary<int, string>
    {
        [1] = "互联网咨询",
        [2] = "互联网收件",
        [3] = "互联网预审",
        [4] = "互联网受理",
        [5] = "互联网办理",
        [6] = "互联网办理结果信息反馈",
        [7] = "互联网电子证照反馈",
        [8] = "其他",
    };

    public static IReadOnlyList<int> Parse(string codes) => codes
        .Split('^', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
        .Select(c => int.TryParse(c, out var n) ? n : 0)
        .Where(Names.ContainsKey)
        .Distinct()
        .Order()
        .ToList();

    public static string Format(IEnumerable<int> codes) => string.Join('^', codes.Where(Names.ContainsKey).Distinct().Order());

    /// <summary>An application can be made online when 互联网收件 (2) or later stages are offered.</summary>
    public static bool AcceptsOnline(string codes) => Parse(codes).Any(c => c is >= 2 and <= 5);
}
