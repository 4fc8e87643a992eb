using System.Security.Claims;
using EGov.Interaction.Contracts;
using EGov.Interaction.Domain;
using EGov.Interaction.Letters.Handling.Actions;
using EGov.Interaction.Letters.Handling.Dossier;
using EGov.Interaction.Letters.Handling.Publication;
using EGov.Platform.Identity.Api;
using EGov.Platform.Identity.Authorization;
using EGov.Platform.Results;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace EGov.Interaction.Letters.Handling.Api;

/// <summary>信件办理 for machine clients: the same handlers as the staff detail page, one endpoint per step.</summary>
internal static class OfficeLettersApi
{
    public static IEndpointRouteBuilder MapOfficeLettersApi(this IEndpointRouteBuilder endpoints)
    {
        var office = endpoints.MapGroup("/api/v1/interaction/office/letters")
            .RequireAuthorization(PlatformPolicies.Staff).AddEndpointFilter<CookieCsrfFilter>().DisableAntiforgery().WithTags("互动交流：信件办理");
        office.MapGet("", LetterListApi.ListAsync).WithSummary("管辖范围内的信件（按状态、类型、信箱、编号或标题筛选），含答复期限和预警");
        office.MapGet("/export", LetterListApi.ExportAsync).WithSummary("按筛选条件导出信件清单（Excel）");
        office.MapGet("/{id:guid}", LetterListApi.DossierAsync).WithSummary("信件详情：来信人（按权限脱敏）、附件、时限、过程（含内部备注）、答复、延期、可执行的操作");
        var one = office.MapGroup("/{id:guid}");
        one.MapPost("/route", (Guid id, RouteBody b, ClaimsPrincipal u, [FromServices] DispatchHandler h, [FromServices] LetterDossierQuery q, CancellationToken ct)
            => StepAsync(id, u, q, () => h.RouteAsync(id, b.DepartmentId, b.Note, b.Version, u, ct), ct)).RequireAuthorization(Perm(InteractionPermissions.Dispatch)).WithSummary("分办或改派到承办部门");
        one.MapPost("/reject", (Guid id, ReasonBody b, ClaimsPrincipal u, [FromServices] DispatchHandler h, [FromServices] LetterDossierQuery q, CancellationToken ct)
            => StepAsync(id, u, q, () => h.RejectAsync(id, b.Reason, b.Version, u, ct), ct)).RequireAuthorization(Perm(InteractionPermissions.Dispatch)).WithSummary("不予受理（签收前，说明理由）");
        one.MapPost("/merge", (Guid id, MergeBody b, ClaimsPrincipal u, [FromServices] MergeHandler h, [FromServices] LetterDossierQuery q, CancellationToken ct)
            => StepAsync(id, u, q, () => h.MergeAsync(id, b.Into, b.Version, u, ct), ct)).RequireAuthorization(Perm(InteractionPermissions.Dispatch)).WithSummary("把本信件作为重复件合并到另一封信件");
        one.MapPost("/sign-for", (Guid id, VersionBody b, ClaimsPrincipal u, [FromServices] SignForHandler h, [FromServices] LetterDossierQuery q, CancellationToken ct)
            => StepAsync(id, u, q, () => h.SignForAsync(id, b.Version, u, ct), ct)).RequireAuthorization(Perm(InteractionPermissions.Handle)).WithSummary("承办部门签收");
        one.MapPost("/return", (Guid id, ReasonBody b, ClaimsPrincipal u, [FromServices] SignForHandler h, [FromServices] LetterDossierQuery q, CancellationToken ct)
            => StepAsync(id, u, q, () => h.ReturnAsync(id, b.Reason, b.Version, u, ct), ct)).RequireAuthorization(Perm(InteractionPermissions.Handle)).WithSummary("退回分办（说明理由）");
        one.MapPost("/extension-request", (Guid id, ExtensionRequestBody b, ClaimsPrincipal u, [FromServices] ExtensionHandler h, [FromServices] LetterDossierQuery q, CancellationToken ct)
            => StepAsync(id, u, q, () => h.RequestAsync(id, b.WorkingDays, b.Reason, b.Version, u, ct), ct)).RequireAuthorization(Perm(InteractionPermissions.Handle)).WithSummary("申请延期（每轮一次）");
        one.MapPost("/extension-decision", (Guid id, ExtensionDecisionBody b, ClaimsPrincipal u, [FromServices] ExtensionHandler h, [FromServices] LetterDossierQuery q, CancellationToken ct)
            => StepAsync(id, u, q, () => h.DecideAsync(id, b.Approve, b.Note, b.Version, u, ct), ct)).RequireAuthorization(Perm(InteractionPermissions.Dispatch)).WithSummary("批准或不同意延期");
        one.MapPost("/reply", (Guid id, ReplyBody b, ClaimsPrincipal u, [FromServices] ReplyHandler h, [FromServices] LetterDossierQuery q, CancellationToken ct)
            => StepAsync(id, u, q, () => h.SubmitAsync(id, b.Content, b.Version, u, ct), ct)).RequireAuthorization(Perm(InteractionPermissions.Handle)).WithSummary("拟答复并提交审核");
        one.MapPost("/reply-approve", (Guid id, ReviewBody b, ClaimsPrincipal u, [FromServices] ReplyHandler h, [FromServices] LetterDossierQuery q, CancellationToken ct)
            => StepAsync(id, u, q, () => h.ApproveAsync(id, b.Note, b.Version, u, ct), ct)).RequireAuthorization(Perm(InteractionPermissions.Review)).WithSummary("答复审核通过并发送");
        one.MapPost("/reply-return", (Guid id, ReviewBody b, ClaimsPrincipal u, [FromServices] ReplyHandler h, [FromServices] LetterDossierQuery q, CancellationToken ct)
            => StepAsync(id, u, q, () => h.ReturnAsync(id, b.Note, b.Version, u, ct), ct)).RequireAuthorization(Perm(InteractionPermissions.Review)).WithSummary("答复退回修改");
        one.MapPost("/note", (Guid id, NoteBody b, ClaimsPrincipal u, [FromServices] NoteHandler h, [FromServices] LetterDossierQuery q, CancellationToken ct)
            => StepAsync(id, u, q, () => h.AddAsync(id, b.Body, b.Version, u, ct), ct)).WithSummary("内部备注（不公开）");
        one.MapPost("/publish", (Guid id, PublishBody b, ClaimsPrincipal u, [FromServices] PublishHandler h, [FromServices] LetterDossierQuery q, CancellationToken ct)
            => StepAsync(id, u, q, () => h.PublishAsync(id, new PublicText(b.Subject, b.Content, b.Reply), b.Version, u, ct), ct))
            .RequireAuthorization(Perm(InteractionPermissions.Dispatch)).WithSummary("公开（须来信人同意，去除个人信息）");
        one.MapPost("/unpublish", (Guid id, ReasonBody b, ClaimsPrincipal u, [FromServices] PublishHandler h, [FromServices] LetterDossierQuery q, CancellationToken ct)
            => StepAsync(id, u, q, () => h.UnpublishAsync(id, b.Reason, b.Version, u, ct), ct)).RequireAuthorization(Perm(InteractionPermissions.Dispatch)).WithSummary("撤销公开");
        return endpoints;
    }

    private static string Perm(string permission) => PlatformPolicies.Permission(permission);

    private static async Task<IResult> StepAsync(Guid id, ClaimsPrincipal user, LetterDossierQuery query, Func<Task<Result>> step, CancellationToken cancellationToken)
    {
        var result = await step();
        if (!result.IsSuccess)
        {
            return result.Error!.ToProblem();
        }

        var dossier = await query.LoadAsync(id, user, cancellationToken);
        return dossier is null
            ? TypedResults.NoContent()
            : TypedResults.Ok(new { id, state = dossier.Letter.State.ToString(), stateName = InteractionNames.Of(dossier.Letter.State), dossier.Letter.Version });
    }
}
