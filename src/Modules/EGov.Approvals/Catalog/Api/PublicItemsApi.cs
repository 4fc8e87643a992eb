using EGov.Approvals.Catalog.Public;
using EGov.Approvals.Domain;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EGov.Approvals.Catalog.Api;

/// <summary><c>/api/v1/approvals/items…</c>: the published catalog for anyone, through the same queries as the portal pages.</summary>
internal static class PublicItemsApi
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var items = endpoints.MapGroup("/api/v1/approvals/items").AllowAnonymous().WithTags("政务服务：事项目录");
        items.MapGet("/", ListAsync).WithSummary("已发布的政务服务事项（department、event 人生事件、stage 企业阶段、q 关键词）");
        items.MapGet("/{id:guid}", GuideAsync).WithSummary("办事指南：事项的全部要素");
    }

    private static async Task<IResult> ListAsync(string? department, string? @event, string? stage, string? q, PublicItems items, CancellationToken ct)
    {
        var rows = await items.ListAsync(new PublicItemFilter(department, @event, stage, q), ct);
        return TypedResults.Ok(rows.Select(r => new
        {
            r.Id,
            r.Name,
            r.ImplementationCode,
            department = r.DepartmentName,
            itemType = ApprovalsNames.Of(r.ItemType),
            caseKind = ApprovalsNames.Of(r.CaseKind),
            r.PromisedLimitDays,
            onlineDepthLevel = ApprovalsNames.Of(r.OnlineDepthLevel),
            r.AcceptsOnline,
            r.VisitsRequired,
            r.LifeEvents,
            r.BusinessStages,
            url = $"/services/items/{r.Id}",
        }));
    }

    private static async Task<IResult> GuideAsync(Guid id, PublicItems items, CancellationToken ct)
        => await items.GuideAsync(id, ct) is { } guide
            ? TypedResults.Ok(ItemGuideResponse.From(guide))
            : TypedResults.Problem("未找到该事项，或该事项未发布。", title: "未找到", statusCode: StatusCodes.Status404NotFound);
}
