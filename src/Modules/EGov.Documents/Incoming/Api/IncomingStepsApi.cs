using System.Security.Claims;
using EGov.Documents.Contracts;
using EGov.Documents.Incoming.Reading;
using EGov.Documents.Incoming.Steps;
using EGov.Platform.Results;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace EGov.Documents.Incoming.Api;

/// <summary>The step endpoints of 收文办理: each calls the handler the document page calls and answers with the new state and version.</summary>
internal static class IncomingStepsApi
{
    public static void Map(RouteGroupBuilder api)
    {
        var receive = IncomingApi.Perm(DocumentsPermissions.Receive);
        api.MapPost("/{id:guid}/receive", (Guid id, NoteBody b, ClaimsPrincipal u, [FromServices] ReceiveHandler h, [FromServices] IncomingQueries q, CancellationToken ct)
            => StepAsync(id, u, q, () => h.ReceiveAsync(id, b.Note, b.Version, u, ct), ct)).RequireAuthorization(receive).WithSummary("签收（记录签收时间）");
        api.MapPost("/{id:guid}/register", (Guid id, VersionBody b, ClaimsPrincipal u, [FromServices] RegisterHandler h, [FromServices] IncomingQueries q, CancellationToken ct)
            => StepAsync(id, u, q, async () => ToResult(await h.RegisterAsync(id, b.Version, u, ct)), ct)).RequireAuthorization(receive).WithSummary("登记（取收文编号；特急、加急公文开始计算办理时限）");
        api.MapPost("/{id:guid}/check", (Guid id, CheckBody b, ClaimsPrincipal u, [FromServices] CheckHandler h, [FromServices] IncomingQueries q, CancellationToken ct)
            => StepAsync(id, u, q, () => CheckAsync(id, b, u, h, ct), ct)).RequireAuthorization(receive).WithSummary("初审：outcome=reading 阅知性、instruction 批办性、return 退回（reason 必填）");
        api.MapPost("/{id:guid}/propose", (Guid id, ProposeBody b, ClaimsPrincipal u, [FromServices] ProposeHandler h, [FromServices] IncomingQueries q, CancellationToken ct)
            => StepAsync(id, u, q, () => h.ProposeAsync(id, b.Proposal, b.Version, u, ct), ct)).RequireAuthorization(receive).WithSummary("拟办");
        api.MapPost("/{id:guid}/instruct", (Guid id, InstructBody b, ClaimsPrincipal u, [FromServices] InstructHandler h, [FromServices] IncomingQueries q, CancellationToken ct)
            => StepAsync(id, u, q, () => InstructAsync(id, b, u, h, ct), ct))
            .RequireAuthorization(IncomingApi.Perm(DocumentsPermissions.Instruct)).WithSummary("批办：批办意见、主办部门、协办部门、办理期限（yyyy-MM-dd，可选）");
        api.MapPost("/{id:guid}/opinion", (Guid id, OpinionBody b, ClaimsPrincipal u, [FromServices] OpinionHandler h, [FromServices] IncomingQueries q, CancellationToken ct)
            => StepAsync(id, u, q, () => h.AddAsync(id, b.Opinion, b.Version, u, ct), ct))
            .RequireAuthorization(IncomingApi.Perm(DocumentsPermissions.Handle)).WithSummary("协办部门提出协办意见");
        api.MapPost("/{id:guid}/remind", (Guid id, RemindBody b, ClaimsPrincipal u, [FromServices] RemindHandler h, [FromServices] IncomingQueries q, CancellationToken ct)
            => StepAsync(id, u, q, () => h.RemindAsync(id, b.Text, b.Version, u, ct), ct)).RequireAuthorization(receive).WithSummary("催办（向主办部门发送站内消息）");
        api.MapPost("/{id:guid}/conclude", (Guid id, ConcludeBody b, ClaimsPrincipal u, [FromServices] ConcludeHandler h, [FromServices] IncomingQueries q, CancellationToken ct)
            => StepAsync(id, u, q, () => h.ConcludeAsync(id, b.Conclusion, b.Version, u, ct), ct)).WithSummary("答复/办结（主办部门；阅知性公文由文书办结）");
        api.MapPost("/{id:guid}/archive", (Guid id, ArchiveBody b, ClaimsPrincipal u, [FromServices] ArchiveHandler h, [FromServices] IncomingQueries q, CancellationToken ct)
            => StepAsync(id, u, q, () => ArchiveAsync(id, b, u, h, ct), ct)).RequireAuthorization(receive).WithSummary("归档：retention=permanent 永久、years30 30年、years10 10年");
        api.MapPost("/{id:guid}/circulate", (Guid id, CirculateBody b, ClaimsPrincipal u, [FromServices] CirculateHandler h, [FromServices] IncomingQueries q, CancellationToken ct)
            => StepAsync(id, u, q, async () => ToResult(await h.CirculateAsync(id, b.Readers ?? [], b.Version, u, ct)), ct)).WithSummary("传阅：readers 为传阅人的登录名");
        api.MapPost("/{id:guid}/read", (Guid id, ReadBody b, ClaimsPrincipal u, [FromServices] ReadHandler h, [FromServices] IncomingQueries q, CancellationToken ct)
            => StepAsync(id, u, q, () => h.ReadAsync(id, b.Remark, u, ct), ct)).WithSummary("阅文：标记已阅并填写阅文意见（仅限传阅给本人的收文）");
    }

    private static Result ToResult<T>(Result<T> result) => result.IsSuccess ? Result.Success() : result.Error!;

    private static Task<Result> CheckAsync(Guid id, CheckBody body, ClaimsPrincipal user, CheckHandler handler, CancellationToken cancellationToken)
        => IncomingParse.Outcome(body.Outcome) switch
        {
            (false, _) => Task.FromResult<Result>(IncomingErrors.BadOutcome),
            (true, null) => handler.ReturnAsync(id, body.Reason, body.Version, user, cancellationToken),
            (true, { } kind) => handler.AcceptAsync(id, kind, body.Version, user, cancellationToken),
        };

    private static Task<Result> InstructAsync(Guid id, InstructBody body, ClaimsPrincipal user, InstructHandler handler, CancellationToken cancellationToken)
        => body.DeadlineValid
            ? handler.InstructAsync(id, new Instruction(body.Instruction, body.LeadDepartment, body.AssistingDepartments ?? [], body.Day), body.Version, user, cancellationToken)
            : Task.FromResult<Result>(IncomingErrors.Deadline("办理期限格式应为 2026-11-28。"));

    private static Task<Result> ArchiveAsync(Guid id, ArchiveBody body, ClaimsPrincipal user, ArchiveHandler handler, CancellationToken cancellationToken)
        => IncomingParse.Retention(body.Retention) is { } retention
            ? handler.ArchiveAsync(id, retention, body.Version, user, cancellationToken)
            : Task.FromResult<Result>(IncomingErrors.BadRetention);

    private static async Task<IResult> StepAsync(Guid id, ClaimsPrincipal user, IncomingQueries query, Func<Task<Result>> step, CancellationToken cancellationToken)
    {
        var result = await step();
        if (!result.IsSuccess)
        {
            return result.Error!.ToProblem();
        }

        return await query.DetailAsync(id, user, cancellationToken) is { } detail
            ? TypedResults.Ok(IncomingResponses.Detail(detail))
            : TypedResults.NoContent();
    }
}
