using System.Globalization;
using EGov.Platform.Results;
using EGov.Portal.Contracts.Search;

namespace EGov.Portal.Search.Querying;

/// <summary>A search as it arrives from the page or the API: text the user typed, checked by <see cref="Check"/>.</summary>
internal sealed record SearchRequest(string? Q, string? Page = null)
{
    public string? Site { get; init; }
    public string? Channel { get; init; }
    public string? Type { get; init; }
    public string? From { get; init; }
    public string? To { get; init; }
    public string? Sort { get; init; }

    public Result<SearchCriteria> Check()
    {
        var errors = new Dictionary<string, string[]>();
        var text = Q?.Trim() ?? "";
        if (text.Length == 0)
        {
            errors["q"] = ["请输入要搜索的内容。"];
        }
        else if (text.Length > SearchCriteria.MaxLength)
        {
            errors["q"] = [$"搜索内容不能超过 {SearchCriteria.MaxLength} 个字。"];
        }

        var page = 1;
        if (!string.IsNullOrWhiteSpace(Page) && (!int.TryParse(Page, NumberStyles.None, CultureInfo.InvariantCulture, out page) || page < 1 || page > SearchCriteria.MaxPage))
        {
            errors["page"] = [$"页码应为 1 到 {SearchCriteria.MaxPage} 之间的整数。"];
        }

        var from = Date("from", From, "开始日期", errors);
        var to = Date("to", To, "结束日期", errors);
        if (from > to)
        {
            errors["to"] = ["结束日期不能早于开始日期。"];
        }

        var type = Blank(Type);
        if (type is not null && !SearchTypes.Names.ContainsKey(type))
        {
            errors["type"] = ["没有这种内容类型。"];
        }

        if (errors.Count > 0)
        {
            return new Error("portal.search_invalid", string.Join(" ", errors.Values.SelectMany(v => v))) { Fields = errors };
        }

        return new SearchCriteria(text, page)
        {
            Site = Blank(Site),
            Channel = Blank(Channel),
            Type = type,
            From = from,
            To = to,
            Sort = Sort == "date" ? SearchSort.Date : SearchSort.Relevance,
        };
    }

    private static DateOnly? Date(string field, string? value, string name, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (DateOnly.TryParseExact(value.Trim(), "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            return date;
        }

        errors[field] = [$"{name}格式应为 2026-11-28。"];
        return null;
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
