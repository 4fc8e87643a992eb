using System.Security.Claims;
using EGov.Approvals.Applications.Handling.Decisions;
using EGov.Approvals.Applications.Handling.Dossier;
using EGov.Approvals.Applications.Handling.PreReview;
using EGov.Approvals.Applications.Handling.Results;
using EGov.Approvals.Applications.Handling.Review;
using EGov.Approvals.Applications.Handling.Withdrawal;
using EGov.Approvals.Contracts;
using EGov.Approvals.Domain;
using EGov.Platform.Identity.Api;
using EGov.Platform.Identity.Authorization;
using EGov.Platform.Results;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace EGov.Approvals.Applications.Handling.Api;

/// <summary>The handling steps for machine clients, calling the same handlers as the staff detail page.</summary>
internal static class HandlingApi
{
    public static IEndpointRouteBuilder MapHandlingApi(this IEndpointRouteBuilder endpoints)
    {
        var office = endpoints.MapGroup("/api/v1/approvals/office/applications")
            .RequireAuthorization(PlatformPolicies.Staff).AddEndpointFilter<CookieCsrfFilter>().DisableAntiforgery().WithTags("政务服务：办件办理");
        office.MapGet("", ListAsync).WithSummary("管辖范围内的办件（可按状态、事项、渠道、是否超期筛选），含最近到期日和预警级别");
        office.MapGet("/{id:guid}", DossierAsync).WithSummary("办件详情：申请人（按权限脱敏）、表单、材料、补正、特别程序、延期、时限、文书、过程");
        var one = office.MapGroup("/{id:guid}");
        one.MapPost("/materials-check", (Guid id, MaterialChecksBody b, ClaimsPrincipal u, [FromServices] CheckMaterialsHandler h, [FromServices] DossierQuery q, CancellationToken ct)
            => StepAsync(id, u, q, () => h.HandleAsync(id, [.. (b.Checks ?? []).Select(c => new MaterialCheckInput(c.MaterialId, c.Check, c.Problem))], b.Version, u, ct), ct))
            .RequireAuthorization(Perm(ApprovalsPermissions.Accept)).WithSummary("预审：逐项标记材料合格或需补正");
        one.MapPost("/accept", (Guid id, VersionBody b, ClaimsPrincipal u, [FromServices] AcceptHandler h, [FromServices] DossierQuery q, CancellationToken ct)
            => StepAsync(id, u, q, () => h.HandleAsync(id, b.Version, u, ct), ct)).RequireAuthorization(Perm(ApprovalsPermissions.Accept)).WithSummary("受理（出具受理通知书，开始计算承诺、法定和环节时限）");
        one.MapPost("/reject", (Guid id, ReasonBody b, ClaimsPrincipal u, [FromServices] RejectHandler h, [FromServices] DossierQuery q, CancellationToken ct)
            => StepAsync(id, u, q, () => h.HandleAsync(id, b.Reason, b.Version, u, ct), ct)).RequireAuthorization(Perm(ApprovalsPermissions.Accept)).WithSummary("不予受理（出具不予受理决定书）");
        one.MapPost("/correction-notice", (Guid id, CorrectionNoticeBody b, ClaimsPrincipal u, [FromServices] CorrectionNoticeHandler h, [FromServices] DossierQuery q, CancellationToken ct)
            => StepAsync(id, u, q, () => h.HandleAsync(id, [.. (b.Entries ?? []).Select(e => new CorrectionEntryInput(e.RequiredMaterialId, e.MaterialName, e.Problem))], b.Note, b.Version, u, ct), ct))
            .RequireAuthorization(Perm(ApprovalsPermissions.Accept)).WithSummary("一次告知补正（收到材料后5个工作日内，仅一次）");
        one.MapPost("/correction", (Guid id, CorrectionSupplyBody b, ClaimsPrincipal u, [FromServices] SupplyCorrectionHandler h, [FromServices] DossierQuery q, CancellationToken ct)
            => StepAsync(id, u, q, () => h.RegisterAsync(id, Files(b.Files), b.Note, b.SuppliedOn, b.Version, u, ct), ct))
            .RequireAuthorization(Perm(ApprovalsPermissions.Accept)).WithSummary("登记申请人在窗口或邮寄提交的补正材料");
        one.MapPost("/immediate", (Guid id, ImmediateBody b, ClaimsPrincipal u, [FromServices] ImmediateHandler h, [FromServices] DossierQuery q, CancellationToken ct)
            => StepAsync(id, u, q, () => h.HandleAsync(id, b.DeliverElectronically, b.Version, u, ct), ct)).RequireAuthorization(Perm(ApprovalsPermissions.Accept)).WithSummary("即办办结：即时受理、准予并出证");
        one.MapPost("/opinion", (Guid id, OpinionBody b, ClaimsPrincipal u, [FromServices] OpinionHandler h, [FromServices] DossierQuery q, CancellationToken ct)
            => StepAsync(id, u, q, () => h.HandleAsync(id, b.Opinion, b.CompleteReview, b.Version, u, ct), ct)).RequireAuthorization(Perm(ApprovalsPermissions.Review)).WithSummary("审查意见；审查完毕报请决定");
        one.MapPost("/special-procedures", (Guid id, SpecialProcedureBody b, ClaimsPrincipal u, [FromServices] SpecialProcedureHandler h, [FromServices] DossierQuery q, CancellationToken ct)
            => StepAsync(id, u, q, () => h.StartAsync(id, b.Reason, b.Description, b.ExpectedDays, b.StartedOn, b.Version, u, ct), ct))
            .RequireAuthorization(Perm(ApprovalsPermissions.Review)).WithSummary("启动特别程序（听证、检验检测、专家评审等，不计入期限，书面告知）");
        one.MapPost("/special-procedures/end", (Guid id, SpecialProcedureEndBody b, ClaimsPrincipal u, [FromServices] SpecialProcedureHandler h, [FromServices] DossierQuery q, CancellationToken ct)
            => StepAsync(id, u, q, () => h.EndAsync(id, b.Outcome, b.EndedOn, b.Version, u, ct), ct)).RequireAuthorization(Perm(ApprovalsPermissions.Review)).WithSummary("结束特别程序，恢复计时");
        one.MapPost("/extension-request", (Guid id, ReasonBody b, ClaimsPrincipal u, [FromServices] ExtensionHandler h, [FromServices] DossierQuery q, CancellationToken ct)
            => StepAsync(id, u, q, () => h.RequestAsync(id, b.Reason, b.Version, u, ct), ct)).RequireAuthorization(Perm(ApprovalsPermissions.Review)).WithSummary("申请延长办理期限（10个工作日，联合办理15个工作日）");
        one.MapPost("/extension-decision", (Guid id, ExtensionDecisionBody b, ClaimsPrincipal u, [FromServices] ExtensionHandler h, [FromServices] DossierQuery q, CancellationToken ct)
            => StepAsync(id, u, q, () => h.DecideAsync(id, b.Approve, b.Note, b.Version, u, ct), ct)).RequireAuthorization(Perm(ApprovalsPermissions.ApproveExtension)).WithSummary("负责人批准或不批准延期（仅一次）");
        one.MapPost("/decide", (Guid id, DecisionBody b, ClaimsPrincipal u, [FromServices] DecideHandler h, [FromServices] DossierQuery q, CancellationToken ct)
            => StepAsync(id, u, q, () => h.HandleAsync(id, b.Decision, b.Reason, b.Version, u, ct), ct)).RequireAuthorization(Perm(ApprovalsPermissions.Decide)).WithSummary("准予许可或不予许可（说明理由和救济途径）");
        one.MapPost("/produce", (Guid id, VersionBody b, ClaimsPrincipal u, [FromServices] ProduceResultHandler h, [FromServices] DossierQuery q, CancellationToken ct)
            => StepAsync(id, u, q, () => h.HandleAsync(id, b.Version, u, ct), ct)).RequireAuthorization(Perm(ApprovalsPermissions.Issue)).WithSummary("出具审批结果（决定书；电子证照事项签发电子证照）");
        one.MapPost("/deliver", (Guid id, DeliveryBody b, ClaimsPrincipal u, [FromServices] DeliverHandler h, [FromServices] DossierQuery q, CancellationToken ct)
            => StepAsync(id, u, q, () => h.DeliverAsync(id, new(b.Method, b.DeliveredOn, b.Note), b.Conclude, b.Version, u, ct), ct))
            .RequireAuthorization(Perm(ApprovalsPermissions.Issue)).WithSummary("送达（窗口领取、邮寄附快递单号、电子送达），可同时办结");
        one.MapPost("/conclude", (Guid id, VersionBody b, ClaimsPrincipal u, [FromServices] DeliverHandler h, [FromServices] DossierQuery q, CancellationToken ct)
            => StepAsync(id, u, q, () => h.ConcludeAsync(id, b.Version, u, ct), ct)).RequireAuthorization(Perm(ApprovalsPermissions.Issue)).WithSummary("办结");
        one.MapPost("/withdraw", (Guid id, ReasonBody b, ClaimsPrincipal u, [FromServices] WithdrawHandler h, [FromServices] DossierQuery q, CancellationToken ct)
            => StepAsync(id, u, q, () => h.RegisterAsync(id, b.Reason, b.Version, u, ct), ct)).RequireAuthorization(Perm(ApprovalsPermissions.Accept)).WithSummary("登记申请人书面撤回申请（作出决定前）");
        return endpoints.MapApplicantHandlingApi();
    }

    public static List<SuppliedFile> Files(SuppliedFileBody[]? files)
        => [.. (files ?? []).Select(f => new SuppliedFile(f.RequiredMaterialId, f.Name, null, null, null, f.AttachmentId))];

    private static string Perm(string permission) => PlatformPolicies.Permission(permission);

    private static async Task<IResult> StepAsync(Guid id, ClaimsPrincipal user, DossierQuery query, Func<Task<Result>> step, CancellationToken cancellationToken)
    {
        var result = await step();
        if (!result.IsSuccess)
        {
            return result.Error!.ToProblem();
        }

        var dossier = await query.LoadAsync(id, user, cancellationToken);
        return dossier is null ? TypedResults.NoContent() : TypedResults.Ok(StepOf(dossier));
    }

    private static StepResponse StepOf(ApplicationDossier d)
    {
        var a = d.Application;
        return new StepResponse(a.Id, a.State.ToString(), ApprovalsNames.Of(a.State), ApprovalsNames.ProStatus(a.State), a.Version, a.AcceptedOn,
            [.. d.Clocks.Select(c => (object)new { kind = c.Kind, c.Clock.StartDate, c.Clock.DueDate, c.RemainingWorkingDays, level = c.Level.ToString(), state = c.Clock.State.ToString() })]);
    }

    private static async Task<IResult> ListAsync(
        ClaimsPrincipal user, [AsParameters] ListParameters p, [FromServices] ApplicationListQuery query, CancellationToken cancellationToken)
    {
        var page = await query.ListAsync(user, new ApplicationFilter(p.State, p.ItemId, p.Channel, p.Overdue ?? false, p.Page ?? 1), cancellationToken);
        return TypedResults.Ok(new
        {
            page.Total,
            page.Page,
            page.PageSize,
            items = page.Rows.Select(r => new
            {
                r.Id,
                r.Number,
                r.ItemName,
                r.ApplicantName,
                channel = r.Channel.ToString(),
                state = r.State.ToString(),
                stateName = ApprovalsNames.Of(r.State),
                proStatus = ApprovalsNames.ProStatus(r.State),
                r.SubmittedAt,
                r.MaterialsReceivedOn,
                r.DueDate,
                r.RemainingWorkingDays,
                level = r.Level.ToString(),
            }),
        });
    }

    private static async Task<IResult> DossierAsync(Guid id, ClaimsPrincipal user, [FromServices] DossierQuery query, CancellationToken cancellationToken)
        => await query.LoadAsync(id, user, cancellationToken) is { } dossier ? TypedResults.Ok(DossierResponse.Of(dossier)) : HandlingErrors.NotFound.ToProblem();

    internal sealed record ListParameters(
        [FromQuery] Domain.Applications.ApplicationState? State, [FromQuery] Guid? ItemId, [FromQuery] Domain.Applications.ApplicationChannel? Channel,
        [FromQuery] bool? Overdue, [FromQuery] int? Page);
}
