using System.Security.Claims;
using EGov.Documents.Contracts;
using EGov.Documents.Outgoing.Handling;
using EGov.Documents.Outgoing.Reading;
using EGov.Platform.Identity.Api;
using EGov.Platform.Identity.Authorization;
using EGov.Platform.Results;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace EGov.Documents.Outgoing.Api;

/// <summary>发文办理 for machine clients and pages: the same handlers as the document page, Problem Details in Chinese.</summary>
internal static class OutgoingApi
{
    public const string ExportUrl = "/office/documents/outgoing.xlsx";

    public static IEndpointRouteBuilder MapOutgoingApi(this IEndpointRouteBuilder endpoints)
    {
        var g = endpoints.MapGroup("/api/v1/documents/outgoing")
            .RequireAuthorization(PlatformPolicies.Staff).AddEndpointFilter<CookieCsrfFilter>().DisableAntiforgery().WithTags("公文：发文办理");
        g.MapGet("", ListAsync).WithSummary("发文列表（box=mine|review|countersign|signoff|dispatch|issued，q 标题或文号，p 页码）");
        g.MapGet("/{id:guid}", DetailAsync).WithSummary("一份公文：全部要素、审批意见、会签、分发、行文规则检查、当前可办理的步骤");
        g.MapPost("", CreateAsync).RequireAuthorization(Perm(DocumentsPermissions.Draft)).WithSummary("拟稿：新建公文");
        g.MapPut("/{id:guid}", (Guid id, DraftBody b, ClaimsPrincipal u, [FromServices] DraftHandler h, [FromServices] OutgoingDetails q, CancellationToken ct)
            => StepAsync(id, u, q, () => h.UpdateAsync(id, b.Input(), b.Version, u, ct), ct)).WithSummary("修改草稿或退回的公文（拟稿人）");
        g.MapPost("/{id:guid}/submit", (Guid id, StepBody b, ClaimsPrincipal u, [FromServices] SubmitHandler h, [FromServices] OutgoingDetails q, CancellationToken ct)
            => StepAsync(id, u, q, () => h.SubmitAsync(id, b.Version, u, ct), ct)).WithSummary("提交核稿（检查行文规则）");
        g.MapPost("/{id:guid}/review", (Guid id, ReviewBody b, ClaimsPrincipal u, [FromServices] ReviewHandler h, [FromServices] OutgoingDetails q, CancellationToken ct)
            => StepAsync(id, u, q, () => h.ApproveAsync(id, b.Opinion, b.CountersignDepartments, b.Version, u, ct), ct))
            .RequireAuthorization(Perm(DocumentsPermissions.Review)).WithSummary("核稿通过，可选择会签部门");
        g.MapPost("/{id:guid}/countersign", (Guid id, CountersignBody b, ClaimsPrincipal u, [FromServices] CountersignHandler h, [FromServices] OutgoingDetails q, CancellationToken ct)
            => StepAsync(id, u, q, () => h.AnswerAsync(id, b.Agree ?? true, b.Opinion, b.Version, u, ct), ct))
            .RequireAuthorization(Perm(DocumentsPermissions.Countersign)).WithSummary("会签意见（agree=false 为不同意，退回拟稿人）");
        g.MapPost("/{id:guid}/sign-off", (Guid id, StepBody b, ClaimsPrincipal u, [FromServices] SignOffHandler h, [FromServices] OutgoingDetails q, CancellationToken ct)
            => StepAsync(id, u, q, () => h.SignOffAsync(id, b.Opinion, b.Version, u, ct), ct))
            .RequireAuthorization(Perm(DocumentsPermissions.SignOff)).WithSummary("签发（领导）");
        g.MapPost("/{id:guid}/number", (Guid id, StepBody b, ClaimsPrincipal u, [FromServices] NumberHandler h, [FromServices] OutgoingDetails q, CancellationToken ct)
            => StepAsync(id, u, q, () => h.NumberAsync(id, b.Version, u, ct), ct))
            .RequireAuthorization(Perm(DocumentsPermissions.Dispatch)).WithSummary("编号：取发文字号");
        g.MapPost("/{id:guid}/seal", (Guid id, StepBody b, ClaimsPrincipal u, [FromServices] SealHandler h, [FromServices] OutgoingDetails q, CancellationToken ct)
            => StepAsync(id, u, q, () => h.SealAsync(id, b.Version, u, ct), ct))
            .RequireAuthorization(Perm(DocumentsPermissions.Dispatch)).WithSummary("用印");
        g.MapPost("/{id:guid}/distribute", (Guid id, StepBody b, ClaimsPrincipal u, [FromServices] DistributeHandler h, [FromServices] OutgoingDetails q, CancellationToken ct)
            => StepAsync(id, u, q, async () => await h.DistributeAsync(id, b.Version, u, ct) is { IsSuccess: false } r ? r.Error! : Result.Success(), ct))
            .RequireAuthorization(Perm(DocumentsPermissions.Dispatch)).WithSummary("分发至主送、抄送机关");
        g.MapPost("/{id:guid}/archive", (Guid id, ArchiveBody b, ClaimsPrincipal u, [FromServices] ArchiveHandler h, [FromServices] OutgoingDetails q, CancellationToken ct)
            => StepAsync(id, u, q, () => h.ArchiveAsync(id, b.Retention, b.Version, u, ct), ct))
            .RequireAuthorization(Perm(DocumentsPermissions.Dispatch)).WithSummary("归档（retention=permanent|years30|years10 或 永久/30年/10年）");
        g.MapPost("/{id:guid}/publish", (Guid id, StepBody b, ClaimsPrincipal u, [FromServices] PublishHandler h, [FromServices] OutgoingDetails q, CancellationToken ct)
            => StepAsync(id, u, q, async () => await h.PublishAsync(id, b.Version, u, ct) is { IsSuccess: false } r ? r.Error! : Result.Success(), ct))
            .RequireAuthorization(Perm(DocumentsPermissions.Dispatch)).WithSummary("主动公开的公文在门户网站“文件资料”栏目发布（附盖章 PDF）");
        g.MapPost("/{id:guid}/return", (Guid id, ReturnBody b, ClaimsPrincipal u, [FromServices] ReturnHandler h, [FromServices] OutgoingDetails q, CancellationToken ct)
            => StepAsync(id, u, q, () => h.ReturnAsync(id, b.Comments, b.Version, u, ct), ct)).WithSummary("退回拟稿人（附退回意见）");
        endpoints.MapGet(ExportUrl, ExportAsync).RequireAuthorization(PlatformPolicies.Staff).ExcludeFromDescription();
        return endpoints;
    }

    private static string Perm(string permission) => PlatformPolicies.Permission(permission);

    private static async Task<IResult> ListAsync(
        ClaimsPrincipal user, [FromQuery] string? box, [FromQuery] string? q, [FromQuery] string? p, [FromServices] OutgoingQueries query, CancellationToken ct)
    {
        if (OutgoingBoxes.Parse(box) is not { } parsed || !int.TryParse(p ?? "1", out var page) || page < 1)
        {
            return OutgoingErrors.BadValue("box", "列表参数有误：box 只能是 mine、review、countersign、signoff、dispatch、issued，p 为正整数。").ToProblem();
        }

        var result = await query.ListAsync(parsed, q, page, user, ct);
        return TypedResults.Ok(new { result.Total, result.Page, result.PageSize, items = result.Rows.Select(OutgoingResponses.Row) });
    }

    private static async Task<IResult> DetailAsync(Guid id, ClaimsPrincipal user, [FromServices] OutgoingDetails details, CancellationToken ct)
        => await details.FindAsync(id, user, ct) is { } detail ? TypedResults.Ok(OutgoingResponses.Detail(detail)) : OutgoingErrors.NotFound.ToProblem();

    private static async Task<IResult> CreateAsync(DraftBody body, ClaimsPrincipal user, [FromServices] DraftHandler handler, [FromServices] OutgoingDetails details, CancellationToken ct)
    {
        var created = await handler.CreateAsync(body.Input(), user, ct);
        if (!created.IsSuccess)
        {
            return created.Error!.ToProblem();
        }

        var detail = await details.FindAsync(created.Value, user, ct);
        return TypedResults.Created($"/api/v1/documents/outgoing/{created.Value}", detail is null ? null : OutgoingResponses.Detail(detail));
    }

    private static async Task<IResult> ExportAsync(
        ClaimsPrincipal user, [FromQuery] string? box, [FromQuery] string? q, [FromServices] OutgoingQueries query, CancellationToken ct)
    {
        if (OutgoingBoxes.Parse(box) is not { } parsed)
        {
            return OutgoingErrors.BadValue("box", "列表参数有误。").ToProblem();
        }

        var result = await query.ListAsync(parsed, q, 1, user, ct, OutgoingQueries.ExportLimit);
        return TypedResults.File(OutgoingWorkbook.Create(result.Rows), OutgoingWorkbook.ContentType, $"发文清单-{OutgoingBoxes.Of(parsed)}.xlsx");
    }

    private static async Task<IResult> StepAsync(Guid id, ClaimsPrincipal user, OutgoingDetails details, Func<Task<Result>> step, CancellationToken ct)
    {
        var result = await step();
        if (!result.IsSuccess)
        {
            return result.Error!.ToProblem();
        }

        return await details.FindAsync(id, user, ct) is { } detail ? TypedResults.Ok(OutgoingResponses.Detail(detail)) : TypedResults.NoContent();
    }
}
