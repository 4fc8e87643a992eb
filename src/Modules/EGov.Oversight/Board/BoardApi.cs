using EGov.Oversight.Contracts;
using EGov.Platform.Identity.Authorization;
using EGov.Platform.Organization.Scope;
using EGov.Platform.Results;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace EGov.Oversight.Board;

/// <summary>The live board for supervisors' clients (issue 7 point 5) and the Excel export of the board's list.</summary>
internal static class BoardApi
{
    public static IEndpointRouteBuilder MapBoardApi(this IEndpointRouteBuilder endpoints)
    {
        var watch = PlatformPolicies.Permission(OversightPermissions.Watch);
        var api = endpoints.MapGroup("/api/v1/oversight").RequireAuthorization(watch).WithTags("电子监察：看板");
        api.MapGet("/summary", SummaryAsync).WithSummary("监察范围内运行中的时限按等级（正常、预警、黄牌、红牌）、业务模块和部门的统计，可按模块、部门、事项筛选");
        api.MapGet("/clocks", ClocksAsync).WithSummary("监察范围内运行中的时限清单（按到期先后），可按等级、模块、部门、事项筛选，每页 20 条");
        api.MapGet("/clocks/{id:guid}", ClockAsync).WithSummary("一个时限的详情：起算、时限、延期、暂停、到期日、等级、过程和黄牌红牌");
        endpoints.MapGet("/office/oversight/clocks.xlsx", ExportAsync).RequireAuthorization(watch);
        return endpoints;
    }

    private static async Task<IResult> SummaryAsync(
        [AsParameters] BoardParameters p, [FromServices] BoardFilterParser parser, [FromServices] IDepartmentScope scope, [FromServices] BoardQueries queries, CancellationToken ct)
    {
        var filter = await p.FilterAsync(parser, withLevel: false, ct);
        return filter.IsSuccess
            ? TypedResults.Ok(BoardJson.Summary(await queries.SummaryAsync(filter.Value, await InScopeAsync(scope, ct), ct)))
            : filter.Error!.ToProblem();
    }

    private static async Task<IResult> ClocksAsync(
        [AsParameters] BoardParameters p, [FromServices] BoardFilterParser parser, [FromServices] IDepartmentScope scope, [FromServices] BoardQueries queries, CancellationToken ct)
    {
        var filter = await p.FilterAsync(parser, withLevel: true, ct);
        var page = BoardFilterParser.ParsePage(p.Page);
        if ((filter.Error ?? page.Error) is { } error)
        {
            return error.ToProblem();
        }

        return TypedResults.Ok(BoardJson.Page(await queries.ClocksAsync(filter.Value, await InScopeAsync(scope, ct), page.Value, cancellationToken: ct)));
    }

    private static async Task<IResult> ClockAsync(Guid id, [FromServices] IDepartmentScope scope, [FromServices] BoardQueries queries, CancellationToken ct)
        => await queries.ClockAsync(id, await InScopeAsync(scope, ct), ct) is { } detail ? TypedResults.Ok(BoardJson.Detail(detail)) : BoardErrors.ClockNotFound.ToProblem();

    private static async Task<IResult> ExportAsync(
        [AsParameters] BoardParameters p, [FromServices] BoardFilterParser parser, [FromServices] IDepartmentScope scope, [FromServices] BoardQueries queries, CancellationToken ct)
    {
        var filter = await p.FilterAsync(parser, withLevel: true, ct);
        if (!filter.IsSuccess)
        {
            return filter.Error!.ToProblem();
        }

        var page = await queries.ClocksAsync(filter.Value, await InScopeAsync(scope, ct), 1, BoardQueries.ExportLimit, ct);
        return TypedResults.File(BoardWorkbook.Create(page), BoardWorkbook.ContentType, "电子监察时限清单.xlsx");
    }

    private static Task<DepartmentSet> InScopeAsync(IDepartmentScope scope, CancellationToken ct) => scope.ForPermissionAsync(OversightPermissions.Watch, ct);
}
