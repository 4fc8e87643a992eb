namespace EGov.Portal.Contracts.Search;

/// <summary>The kinds of record the search knows, with the Chinese names its filter shows.</summary>
public static class SearchTypes
{
    public const string Article = "article";
    public const string Policy = "policy";
    public const string Interpretation = "interpretation";
    public const string ServiceItem = "service";
    public const string DisclosedDocument = "disclosure";
    public const string Letter = "letter";

    public static IReadOnlyDictionary<string, string> Names { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        [Article] = "新闻动态",
        [Policy] = "政策文件",
        [Interpretation] = "政策解读",
        [ServiceItem] = "办事服务",
        [DisclosedDocument] = "信息公开",
        [Letter] = "互动交流",
    };
}
