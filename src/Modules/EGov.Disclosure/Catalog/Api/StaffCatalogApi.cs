using EGov.Disclosure.Catalog.Items;
using EGov.Disclosure.Catalog.Workflow;
using EGov.Disclosure.Contracts;
using EGov.Disclosure.Domain.Catalog;
using EGov.Platform.Identity.Api;
using EGov.Platform.Identity.Authorization;
using EGov.Platform.Results;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EGov.Disclosure.Catalog.Api;

/// <summary><c>/api/v1/disclosure/office/catalog…</c>: the staff use cases of the catalog, through the same handlers as the pages.</summary>
internal static class StaffCatalogApi
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var office = endpoints.MapGroup("/api/v1/disclosure/office/catalog")
            .RequireAuthorization(PlatformPolicies.Staff).AddEndpointFilter<CookieCsrfFilter>().DisableAntiforgery().WithTags("政府信息公开：目录编制");
        var catalog = PlatformPolicies.Permission(DisclosurePermissions.Catalog);
        var review = PlatformPolicies.Permission(DisclosurePermissions.ConfidentialityReview);
        office.MapGet("/", ListAsync).RequireAuthorization(catalog).WithSummary("管理范围内的目录信息（agency、status、overdue=true 为逾期未公开、q、page）");
        office.MapGet("/overdue", OverdueAsync).RequireAuthorization(catalog).WithSummary("逾期未公开的主动公开信息（《条例》第二十六条）");
        office.MapGet("/reviews", ReviewQueueAsync).RequireAuthorization(review).WithSummary("待保密审查的信息");
        office.MapPost("/", CreateAsync).RequireAuthorization(catalog).WithSummary("新建目录信息（草稿），生成索引号");
        office.MapGet("/{id:guid}", GetAsync).WithSummary("目录信息详情、时限、审查记录和附件");
        office.MapPut("/{id:guid}", UpdateAsync).RequireAuthorization(catalog).WithSummary("修改目录信息（须带上读取时的 version）");
        office.MapPost("/{id:guid}/submit", SubmitAsync).RequireAuthorization(catalog).WithSummary("提交保密审查");
        office.MapPost("/{id:guid}/review", ReviewAsync).RequireAuthorization(review).WithSummary("保密审查：通过，或退回（须填写意见）");
        office.MapPost("/{id:guid}/publish", PublishAsync).RequireAuthorization(catalog).WithSummary("发布（须当前版本已通过保密审查）");
        office.MapPost("/{id:guid}/withdraw", WithdrawAsync).RequireAuthorization(catalog).WithSummary("撤回已公开的信息（须填写原因）");
    }

    private static async Task<IResult> ListAsync(string? agency, string? status, bool? overdue, string? q, int? page, StaffCatalogQueries queries, CancellationToken ct)
    {
        var parsed = Enum.TryParse<CatalogItemStatus>(status, ignoreCase: true, out var s) && Enum.IsDefined(s) ? s : (CatalogItemStatus?)null;
        var list = await queries.ListAsync(new StaffCatalogFilter(agency, parsed, overdue ?? false, q, page ?? 1), ct);
        return TypedResults.Ok(new { items = list.Items.Select(StaffRowResponse.From), list.Total, list.Page, list.PageSize });
    }

    private static async Task<IResult> OverdueAsync(int? page, StaffCatalogQueries queries, CancellationToken ct)
    {
        var list = await queries.ListAsync(new StaffCatalogFilter(Overdue: true, Page: page ?? 1), ct);
        return TypedResults.Ok(new { items = list.Items.Select(StaffRowResponse.From), list.Total, list.Page, list.PageSize });
    }

    private static async Task<IResult> ReviewQueueAsync(StaffCatalogQueries queries, CancellationToken ct)
        => TypedResults.Ok((await queries.ReviewQueueAsync(ct)).Select(StaffRowResponse.From));

    private static async Task<IResult> CreateAsync(CatalogItemRequest request, SaveCatalogItemHandler handler, StaffCatalogDetail detail, CancellationToken ct)
    {
        var created = await handler.CreateAsync(request.ToFields(), [], ct);
        return created.IsSuccess
            ? TypedResults.Created($"/api/v1/disclosure/office/catalog/{created.Value}", CatalogItemResponse.From((await detail.LoadAsync(created.Value, ct)).Value))
            : created.Error!.ToProblem();
    }

    private static async Task<IResult> GetAsync(Guid id, StaffCatalogDetail detail, CancellationToken ct)
    {
        var view = await detail.LoadAsync(id, ct);
        return view.IsSuccess ? TypedResults.Ok(CatalogItemResponse.From(view.Value)) : view.Error!.ToProblem();
    }

    private static async Task<IResult> UpdateAsync(Guid id, CatalogItemRequest request, SaveCatalogItemHandler handler, StaffCatalogDetail detail, CancellationToken ct)
        => await ItemAsync(await handler.UpdateAsync(id, request.ToFields(), [], ct), detail, ct);

    private static async Task<IResult> SubmitAsync(Guid id, VersionRequest body, CatalogReviewHandler handler, StaffCatalogDetail detail, CancellationToken ct)
        => await ItemAsync(await handler.SubmitAsync(id, body.Version, ct), detail, ct);

    private static async Task<IResult> ReviewAsync(Guid id, ReviewRequest body, CatalogReviewHandler handler, StaffCatalogDetail detail, CancellationToken ct)
        => await ItemAsync(await handler.ReviewAsync(id, body.Passed, body.Opinion, body.Version, ct), detail, ct);

    private static async Task<IResult> PublishAsync(Guid id, VersionRequest body, CatalogPublisher publisher, StaffCatalogDetail detail, CancellationToken ct)
        => await ItemAsync(await publisher.PublishAsync(id, body.Version, ct), detail, ct);

    private static async Task<IResult> WithdrawAsync(Guid id, WithdrawRequest body, CatalogPublisher publisher, StaffCatalogDetail detail, CancellationToken ct)
        => await ItemAsync(await publisher.WithdrawAsync(id, body.Reason, body.Version, ct), detail, ct);

    private static async Task<IResult> ItemAsync(Result<Guid> result, StaffCatalogDetail detail, CancellationToken ct)
    {
        if (!result.IsSuccess)
        {
            return result.Error!.ToProblem();
        }

        var view = await detail.LoadAsync(result.Value, ct);
        return view.IsSuccess ? TypedResults.Ok(CatalogItemResponse.From(view.Value)) : view.Error!.ToProblem();
    }
}
