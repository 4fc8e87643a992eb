using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace EGov.Approvals.Publication;

/// <summary><c>GET /api/v1/approvals/results</c>: the published results, each with its licence id when it has one.</summary>
internal static class ResultApi
{
    public static IEndpointRouteBuilder MapResultApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/v1/approvals/results").WithTags("政务服务：结果公示").AllowAnonymous();
        group.MapGet("", ListAsync).WithSummary("审批结果公示（department=部门代码，item，q，page）");
        group.MapGet("/export", ExportAsync).WithSummary("审批结果公示导出 Excel");
        return endpoints;
    }

    private static async Task<IResult> ListAsync(
        [FromQuery] string? department, [FromQuery] Guid? item, [FromQuery] string? q, [FromQuery] int? page, ResultPublication publication, CancellationToken cancellationToken)
        => TypedResults.Ok(await publication.QueryAsync(new ResultFilter(department, item, q, page ?? 1), cancellationToken));

    private static async Task<IResult> ExportAsync(
        [FromQuery] string? department, [FromQuery] Guid? item, [FromQuery] string? q, ResultPublication publication, CancellationToken cancellationToken)
    {
        var lines = await publication.AllAsync(new ResultFilter(department, item, q), cancellationToken);
        return TypedResults.File(ResultWorkbook.Create(lines), ResultWorkbook.ContentType, "审批结果公示.xlsx");
    }
}
