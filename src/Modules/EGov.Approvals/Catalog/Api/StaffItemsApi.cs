using EGov.Approvals.Catalog.Editing;
using EGov.Approvals.Contracts;
using EGov.Approvals.Domain;
using EGov.Approvals.Domain.Items;
using EGov.Platform.Identity.Api;
using EGov.Platform.Identity.Authorization;
using EGov.Platform.Results;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EGov.Approvals.Catalog.Api;

/// <summary><c>/api/v1/approvals/office/items…</c>: the staff editor's use cases, through the same handlers as the pages.</summary>
internal static class StaffItemsApi
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var office = endpoints.MapGroup("/api/v1/approvals/office/items")
            .RequireAuthorization(PlatformPolicies.Permission(ApprovalsPermissions.Catalog))
            .AddEndpointFilter<CookieCsrfFilter>().DisableAntiforgery().WithTags("政务服务：事项管理");
        office.MapGet("/", ListAsync).WithSummary("管理范围内的事项（status: Draft、Published、Suspended；q）");
        office.MapGet("/{id:guid}", GetAsync).WithSummary("事项的全部要素（修改时带回 version）");
        office.MapPost("/", CreateAsync).WithSummary("新建事项（草稿）；违反实施清单规则时返回 400 和各字段的错误");
        office.MapPut("/{id:guid}", UpdateAsync).WithSummary("修改事项（须带上读取时的 version）");
        office.MapPost("/{id:guid}/publish", PublishAsync).WithSummary("发布事项：进入办事服务和全站搜索");
        office.MapPost("/{id:guid}/suspend", SuspendAsync).WithSummary("暂停办理：从办事服务和全站搜索撤下");
    }

    private static async Task<IResult> ListAsync(string? status, string? q, StaffItemQueries queries, CancellationToken ct)
    {
        var parsed = Enum.TryParse<ItemStatus>(status, ignoreCase: true, out var s) && Enum.IsDefined(s) ? s : (ItemStatus?)null;
        var rows = await queries.ListAsync(parsed, q, ct);
        return TypedResults.Ok(rows.Select(r => new { r.Id, r.Name, r.ImplementationCode, department = r.DepartmentName, status = r.Status.ToString(), statusName = ApprovalsNames.Of(r.Status), r.UpdatedAt, r.Version }));
    }

    private static async Task<IResult> GetAsync(Guid id, ItemAccess access, CancellationToken ct)
        => await access.FindAsync(id, ct) is { } item
            ? TypedResults.Ok(new { item.Id, status = item.Status.ToString(), item = ItemInputMapper.From(item) })
            : ItemErrors.NotFound.ToProblem();

    private static async Task<IResult> CreateAsync(ItemInput input, SaveItemHandler handler, CancellationToken ct)
    {
        var created = await handler.CreateAsync(input, [], ct);
        return created.IsSuccess ? TypedResults.Created($"/api/v1/approvals/office/items/{created.Value}", new { id = created.Value }) : created.Error!.ToProblem();
    }

    private static async Task<IResult> UpdateAsync(Guid id, ItemInput input, SaveItemHandler handler, CancellationToken ct)
        => Answer(await handler.UpdateAsync(id, input, [], ct));

    private static async Task<IResult> PublishAsync(Guid id, StatusRequest body, ItemStatusHandler handler, CancellationToken ct)
        => Answer(await handler.PublishAsync(id, body.Version, ct));

    private static async Task<IResult> SuspendAsync(Guid id, StatusRequest body, ItemStatusHandler handler, CancellationToken ct)
        => Answer(await handler.SuspendAsync(id, body.Version, body.Reason, ct));

    private static IResult Answer(Result<Guid> result) => result.IsSuccess ? TypedResults.Ok(new { id = result.Value }) : result.Error!.ToProblem();

    internal sealed record StatusRequest(long Version, string? Reason = null);
}
