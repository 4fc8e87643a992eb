using EGov.Platform.Results;
using EGov.Portal.Search.Querying;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EGov.Portal.Search.Api;

/// <summary><c>GET /api/v1/search?q=…&amp;page=…&amp;site=…&amp;channel=…&amp;type=…&amp;from=…&amp;to=…&amp;sort=date</c>, for anyone.</summary>
internal static class SearchEndpoint
{
    public static void Map(IEndpointRouteBuilder endpoints) => endpoints.MapGet("/api/v1/search", Handle)
        .AllowAnonymous()
        .WithTags("全文检索")
        .WithName("Search")
        .WithSummary("全站搜索")
        .WithDescription("在门户网站群中检索新闻、政策文件、解读、办事服务、信息公开与互动交流内容；所有词都须出现，按相关度或日期排序，每页 10 条。");

    internal static IResult Handle(
        string? q, string? page, string? site, string? channel, string? type, string? from, string? to, string? sort, SearchHandler handler)
    {
        ArgumentNullException.ThrowIfNull(handler);
        var result = handler.Search(new SearchRequest(q, page) { Site = site, Channel = channel, Type = type, From = from, To = to, Sort = sort });
        return result.IsSuccess ? TypedResults.Ok(SearchResponse.From(result.Value)) : result.Error!.ToProblem();
    }
}

/// <summary>The answer: <c>{"total":N,"hits":[{"title","url","snippet","type","site","date"}],…}</c>.</summary>
internal sealed record SearchResponse(int Total, IReadOnlyList<SearchHit> Hits, int Page, int PageSize, IReadOnlyList<SearchSuggestion> Suggestions)
{
    public static SearchResponse From(SearchResults results)
        => new(results.Total, results.Hits, results.Page, SearchCriteria.PageSize, results.Suggestions);
}
