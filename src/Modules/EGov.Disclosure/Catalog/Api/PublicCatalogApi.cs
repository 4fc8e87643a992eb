using EGov.Disclosure.Agencies;
using EGov.Disclosure.Catalog.Categories;
using EGov.Disclosure.Catalog.Public;
using EGov.Platform.Results;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EGov.Disclosure.Catalog.Api;

/// <summary>The public guide and catalog for machine clients (anonymous): the same queries as the public pages.</summary>
internal static class PublicCatalogApi
{
    private static readonly Error NoAgency = Error.NotFound("disclosure.agency_not_found", "未找到该公开主体。");
    private static readonly Error NoItem = Error.NotFound("disclosure.catalog_item_not_found", "未找到该公开信息，或已撤回。");

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/v1/disclosure").AllowAnonymous().WithTags("政府信息公开：指南与目录");
        api.MapGet("/agencies", async (PublicAgencies agencies, CancellationToken ct) => TypedResults.Ok(await agencies.ListAsync(ct)))
            .WithSummary("公开主体（区政府、部门、街道）");
        api.MapGet("/agencies/{code}", GuideAsync).WithSummary("公开主体的政府信息公开指南");
        api.MapGet("/categories", async (CategoryHandler categories, CancellationToken ct) => TypedResults.Ok(await categories.ListAsync(activeOnly: true, ct)))
            .WithSummary("目录分类及公开依据");
        api.MapGet("/catalog", ListAsync).WithSummary("政府信息公开目录（可按公开主体 agency、分类 category、年份 year、关键词 q 筛选，分页 page）");
        api.MapGet("/catalog/{id:guid}", ItemAsync).WithSummary("公开信息的元数据、正文和附件（依申请公开的信息只有元数据）");
    }

    private static async Task<IResult> GuideAsync(string code, PublicAgencies agencies, CancellationToken ct)
        => await agencies.GuideAsync(code, ct) is { } guide ? TypedResults.Ok(guide) : NoAgency.ToProblem();

    private static async Task<IResult> ListAsync(string? agency, string? category, int? year, string? q, int? page, PublicCatalog catalog, CancellationToken ct)
        => TypedResults.Ok(await catalog.ListAsync(new PublicCatalogFilter(agency, category, year, q, page ?? 1), ct));

    private static async Task<IResult> ItemAsync(Guid id, PublicCatalog catalog, CancellationToken ct)
        => await catalog.FindAsync(id, ct) is { } item ? TypedResults.Ok(item) : NoItem.ToProblem();
}
