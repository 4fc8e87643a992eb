using System.Security.Claims;
using EGov.Disclosure.Contracts;
using EGov.Disclosure.Domain;
using EGov.Disclosure.Requests.Handling.Consultations;
using EGov.Disclosure.Requests.Handling.Corrections;
using EGov.Disclosure.Requests.Handling.Deadlines;
using EGov.Disclosure.Requests.Handling.Disputes;
using EGov.Disclosure.Requests.Handling.Dossier;
using EGov.Disclosure.Requests.Handling.Extensions;
using EGov.Disclosure.Requests.Handling.Fees;
using EGov.Disclosure.Requests.Handling.Replies;
using EGov.Platform.Identity.Api;
using EGov.Platform.Identity.Authorization;
using EGov.Platform.Results;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace EGov.Disclosure.Requests.Handling.Api;

/// <summary>The handling steps for machine clients, calling the same handlers as the staff detail page.</summary>
internal static class HandlingApi
{
    public static IEndpointRouteBuilder MapHandlingApi(this IEndpointRouteBuilder endpoints)
    {
        var requests = endpoints.MapGroup("/api/v1/disclosure/office/requests/{id:guid}")
            .RequireAuthorization(PlatformPolicies.Staff).AddEndpointFilter<CookieCsrfFilter>().DisableAntiforgery().WithTags("政府信息公开：申请办理");
        requests.MapGet("", DossierAsync).WithSummary("申请详情：申请人（按权限脱敏）、答复期限、补正、征求意见、收费、答复、复议诉讼、文书、办理记录");
        var handle = PlatformPolicies.Permission(DisclosurePermissions.Handle);
        requests.MapPost("/correction-notice", (Guid id, CorrectionNoticeBody b, ClaimsPrincipal u, [FromServices] SendCorrectionHandler h, [FromServices] DossierQuery q, CancellationToken ct)
            => StepAsync(id, u, q, () => h.HandleAsync(id, b.Items, b.Version, u, ct), ct)).RequireAuthorization(handle).WithSummary("发出补正告知（收到申请后7个工作日内，仅一次）");
        requests.MapPost("/correction", (Guid id, CorrectionBody b, ClaimsPrincipal u, [FromServices] ReceiveCorrectionHandler h, [FromServices] DossierQuery q, CancellationToken ct)
            => StepAsync(id, u, q, () => h.RecordAsync(id, b.Description, b.CorrectedOn, b.Version, u, ct), ct)).RequireAuthorization(handle).WithSummary("登记收到的纸质补正申请，答复期限重新计算");
        requests.MapPost("/deemed-withdrawal", (Guid id, VersionBody b, ClaimsPrincipal u, [FromServices] LapseHandler h, [FromServices] DossierQuery q, CancellationToken ct)
            => StepAsync(id, u, q, () => h.HandleAsync(id, b.Version, u, ct), ct)).RequireAuthorization(handle).WithSummary("逾期未补正或未缴费：视为放弃申请");
        requests.MapPost("/consultations", (Guid id, ConsultationBody b, ClaimsPrincipal u, [FromServices] ConsultationHandler h, [FromServices] DossierQuery q, CancellationToken ct)
            => StepAsync(id, u, q, () => h.StartAsync(id, new(b.PartyKind, b.PartyName, b.Question, b.SentOn), b.Version, u, ct), ct)).RequireAuthorization(handle).WithSummary("征求第三方或其他机关意见（不计入答复期限）");
        requests.MapPost("/consultations/answer", (Guid id, ConsultationAnswerBody b, ClaimsPrincipal u, [FromServices] ConsultationHandler h, [FromServices] DossierQuery q, CancellationToken ct)
            => StepAsync(id, u, q, () => h.AnswerAsync(id, new(b.Answer, b.Text, b.AnsweredOn), b.Version, u, ct), ct)).RequireAuthorization(handle).WithSummary("记录征求意见的答复，恢复计时");
        requests.MapGet("/fee-quote", FeeQuoteAsync).RequireAuthorization(handle).WithSummary("按件或按量计算信息处理费（不发出通知）");
        requests.MapPost("/fee-notice", (Guid id, FeeNoticeBody b, ClaimsPrincipal u, [FromServices] FeeHandler h, [FromServices] DossierQuery q, CancellationToken ct)
            => StepAsync(id, u, q, async () => await h.NoticeAsync(id, b.Mode, b.Pieces, b.Pages, b.Version, u, ct) is { IsSuccess: false } r ? r.Error! : Result.Success(), ct))
            .RequireAuthorization(handle).WithSummary("发出收费通知（金额由系统计算，按件或按量只能选一种）");
        requests.MapPost("/fee-payment", (Guid id, FeePaymentBody b, ClaimsPrincipal u, [FromServices] FeeHandler h, [FromServices] DossierQuery q, CancellationToken ct)
            => StepAsync(id, u, q, () => h.PaidAsync(id, b.PaidOn, b.Reference, b.Version, u, ct), ct)).RequireAuthorization(handle).WithSummary("登记缴费，恢复计时");
        requests.MapPost("/extension", (Guid id, ExtensionBody b, ClaimsPrincipal u, [FromServices] ExtendHandler h, [FromServices] DossierQuery q, CancellationToken ct)
            => StepAsync(id, u, q, () => h.HandleAsync(id, b.Days, b.Reason, b.Version, u, ct), ct))
            .RequireAuthorization(PlatformPolicies.Permission(DisclosurePermissions.ApproveExtension)).WithSummary("批准延期答复（仅一次，最长20个工作日）");
        requests.MapReplyEndpoints();
        requests.MapDisputeEndpoints();
        endpoints.MapPost("/api/v1/disclosure/requests/correction", OnlineCorrectionAsync)
            .AllowAnonymous().DisableAntiforgery().RequireRateLimiting("public-form").WithTags("政府信息公开：申请").WithSummary("申请人凭申请编号和查询码在网上补正");
        return endpoints;
    }

    public static async Task<IResult> StepAsync(Guid id, ClaimsPrincipal user, DossierQuery query, Func<Task<Result>> step, CancellationToken cancellationToken)
    {
        var result = await step();
        if (!result.IsSuccess)
        {
            return result.Error!.ToProblem();
        }

        var dossier = await query.LoadAsync(id, user, cancellationToken);
        var r = dossier!.Request;
        return TypedResults.Ok(new StepResponse(id, r.State.ToString(), DisclosureNames.Of(r.State), r.Version, dossier.Clock?.Clock.DueDate, dossier.Clock?.RemainingWorkingDays));
    }

    private static async Task<IResult> DossierAsync(Guid id, ClaimsPrincipal user, [FromServices] DossierQuery query, CancellationToken cancellationToken)
        => await query.LoadAsync(id, user, cancellationToken) is { } dossier ? TypedResults.Ok(DossierResponse.Of(dossier)) : HandlingErrors.NotFound.ToProblem();

    private static async Task<IResult> FeeQuoteAsync(
        Guid id, [FromQuery] Domain.Requests.FeeMode? mode, [FromQuery] int? pieces, [FromQuery] int? pages, [FromServices] RequestAccess access, [FromServices] FeeQuote quote, CancellationToken cancellationToken)
    {
        if (await access.FindAsync(id, DisclosurePermissions.Handle, cancellationToken) is not { } request)
        {
            return HandlingErrors.NotFound.ToProblem();
        }

        var fee = await quote.ComputeAsync(request, mode, pieces, pages, cancellationToken);
        return fee.IsSuccess
            ? TypedResults.Ok(new { mode = fee.Value.Mode.ToString(), fee.Value.Quantity, fee.Value.EarlierInMonth, fee.Value.Amount })
            : fee.Error!.ToProblem();
    }

    private static async Task<IResult> OnlineCorrectionAsync(OnlineCorrectionBody body, [FromServices] OnlineCorrectionHandler handler, CancellationToken cancellationToken)
    {
        // Always by number and query code here: a cookie alone must not let a cross-site post correct someone's request.
        var result = await handler.CorrectAsync(body.Number, body.QueryCode, body.Description, new ClaimsPrincipal(), cancellationToken);
        return result.IsSuccess ? TypedResults.NoContent() : result.Error!.ToProblem();
    }
}
