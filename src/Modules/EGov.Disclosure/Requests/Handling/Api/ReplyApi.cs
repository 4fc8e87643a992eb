using System.Security.Claims;
using EGov.Disclosure.Contracts;
using EGov.Disclosure.Requests.Handling.Disputes;
using EGov.Disclosure.Requests.Handling.Dossier;
using EGov.Disclosure.Requests.Handling.Replies;
using EGov.Platform.Identity.Authorization;
using EGov.Platform.Results;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace EGov.Disclosure.Requests.Handling.Api;

/// <summary>Reply, review, sign-off, delivery, archive, withdrawal and disputes of a request.</summary>
internal static class ReplyApi
{
    public static RouteGroupBuilder MapReplyEndpoints(this RouteGroupBuilder requests)
    {
        var handle = PlatformPolicies.Permission(DisclosurePermissions.Handle);
        requests.MapPost("/reply", (Guid id, ReplyBody b, ClaimsPrincipal u, [FromServices] DraftReplyHandler h, [FromServices] DossierQuery q, CancellationToken ct)
            => HandlingApi.StepAsync(id, u, q, () => h.HandleAsync(id, Input(b), [], b.Version, u, ct), ct))
            .RequireAuthorization(handle).WithSummary("拟定答复（公开的文件先通过 /api/v1/attachments 上传，再以编号列出）");
        requests.MapPost("/reply/review", (Guid id, OpinionBody b, ClaimsPrincipal u, [FromServices] ReplyApprovalHandler h, [FromServices] DossierQuery q, CancellationToken ct)
            => HandlingApi.StepAsync(id, u, q, () => h.ReviewAsync(id, true, b.Opinion, b.Version, u, ct), ct))
            .RequireAuthorization(PlatformPolicies.Permission(DisclosurePermissions.Review)).WithSummary("答复审核通过");
        requests.MapPost("/reply/return", (Guid id, OpinionBody b, ClaimsPrincipal u, [FromServices] ReplyApprovalHandler h, [FromServices] DossierQuery q, CancellationToken ct)
            => HandlingApi.StepAsync(id, u, q, () => h.ReviewAsync(id, false, b.Opinion, b.Version, u, ct), ct))
            .RequireAuthorization(PlatformPolicies.Permission(DisclosurePermissions.Review)).WithSummary("答复退回修改（须填写意见）");
        requests.MapPost("/reply/sign-off", (Guid id, OpinionBody b, ClaimsPrincipal u, [FromServices] ReplyApprovalHandler h, [FromServices] DossierQuery q, CancellationToken ct)
            => HandlingApi.StepAsync(id, u, q, () => h.SignOffAsync(id, b.Opinion, b.Version, u, ct), ct))
            .RequireAuthorization(PlatformPolicies.Permission(DisclosurePermissions.SignOff)).WithSummary("签发答复，生成答复告知书");
        requests.MapPost("/reply/delivery", (Guid id, DeliveryBody b, ClaimsPrincipal u, [FromServices] DeliveryHandler h, [FromServices] DossierQuery q, CancellationToken ct)
            => HandlingApi.StepAsync(id, u, q, () => h.DeliverAsync(id, new(b.Method, b.DeliveredOn, b.Note), b.Version, u, ct), ct))
            .RequireAuthorization(handle).WithSummary("送达答复（直接送达以签收之日、邮寄以交邮之日、网上和电子邮件以当日为准）");
        requests.MapPost("/archive", (Guid id, VersionBody b, ClaimsPrincipal u, [FromServices] DeliveryHandler h, [FromServices] DossierQuery q, CancellationToken ct)
            => HandlingApi.StepAsync(id, u, q, () => h.ArchiveAsync(id, b.Version, u, ct), ct)).RequireAuthorization(handle).WithSummary("归档");
        requests.MapPost("/withdrawal", (Guid id, WithdrawalBody b, ClaimsPrincipal u, [FromServices] WithdrawalHandler h, [FromServices] DossierQuery q, CancellationToken ct)
            => HandlingApi.StepAsync(id, u, q, () => h.HandleAsync(id, b.WithdrawnOn, b.Note, b.Version, u, ct), ct)).RequireAuthorization(handle).WithSummary("登记申请人撤回申请");
        return requests;
    }

    public static RouteGroupBuilder MapDisputeEndpoints(this RouteGroupBuilder requests)
    {
        var handle = PlatformPolicies.Permission(DisclosurePermissions.Handle);
        requests.MapPost("/disputes", AddDisputeAsync)
            .RequireAuthorization(handle).WithSummary("登记行政复议或行政诉讼");
        requests.MapPut("/disputes/{disputeId:guid}", async (Guid id, Guid disputeId, DisputeBody b, ClaimsPrincipal u, [FromServices] DisputeHandler h, CancellationToken ct)
            => await h.UpdateAsync(id, disputeId, Input(b), b.Version, u, ct) is { IsSuccess: false } failed ? failed.Error!.ToProblem() : TypedResults.NoContent())
            .RequireAuthorization(handle).WithSummary("更新行政复议或行政诉讼的结果");
        return requests;
    }

    private static async Task<IResult> AddDisputeAsync(Guid id, DisputeBody b, ClaimsPrincipal u, [FromServices] DisputeHandler h, CancellationToken ct)
    {
        var added = await h.AddAsync(id, Input(b), u, ct);
        return added.IsSuccess
            ? TypedResults.Created($"/api/v1/disclosure/office/requests/{id}/disputes/{added.Value}", new { id = added.Value })
            : added.Error!.ToProblem();
    }

    private static ReplyDraftInput Input(ReplyBody b)
        => new(b.Outcome, b.Text, b.AlreadyPublic, b.WhereToObtain, b.ResponsibleAgency, b.ResponsibleAgencyUnknown, b.OnSiteReading, b.AttachmentIds);

    private static DisputeInput Input(DisputeBody b) => new(b.Kind, b.Authority, b.CaseNumber, b.FiledOn, b.Result, b.DecidedOn, b.Note);
}
