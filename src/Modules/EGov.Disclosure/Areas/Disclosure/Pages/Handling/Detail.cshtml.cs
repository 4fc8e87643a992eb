using EGov.Disclosure.Domain.Disputes;
using EGov.Disclosure.Domain.Requests;
using EGov.Disclosure.Requests.Handling.Consultations;
using EGov.Disclosure.Requests.Handling.Corrections;
using EGov.Disclosure.Requests.Handling.Deadlines;
using EGov.Disclosure.Requests.Handling.Disputes;
using EGov.Disclosure.Requests.Handling.Dossier;
using EGov.Disclosure.Requests.Handling.Extensions;
using EGov.Disclosure.Requests.Handling.Fees;
using EGov.Disclosure.Requests.Handling.Replies;
using EGov.Platform.Identity.Authorization;
using EGov.Platform.Results;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EGov.Disclosure.Areas.Disclosure.Pages.Handling;

/// <summary>
/// A request for staff: applicant, receipt, the reply clock, every notice, the reply and disputes, the documents and
/// the history, with one panel for each step this person may take now. Each step calls the same handler as the API.
/// </summary>
[Authorize(Policy = PlatformPolicies.Staff)]
internal sealed class DetailModel(DossierQuery query) : PageModel
{
    public RequestDossier? Dossier { get; private set; }

    /// <summary>The panel whose step was refused, shown open with its message.</summary>
    public string? FailedPanel { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
        => await LoadAsync(id, ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostCorrectionAsync(Guid id, long version, string? items, [FromServices] SendCorrectionHandler h, CancellationToken ct)
        => RunAsync(id, "correction", () => h.HandleAsync(id, items, version, User, ct), "补正告知已发出，答复期限暂停计算。", ct);

    public Task<IActionResult> OnPostRecordCorrectionAsync(Guid id, long version, string? description, DateOnly? correctedOn, [FromServices] ReceiveCorrectionHandler h, CancellationToken ct)
        => RunAsync(id, "record-correction", () => h.RecordAsync(id, description, correctedOn, version, User, ct), "已登记补正，答复期限重新计算。", ct);

    public Task<IActionResult> OnPostLapseAsync(Guid id, long version, [FromServices] LapseHandler h, CancellationToken ct)
        => RunAsync(id, "lapse", () => h.HandleAsync(id, version, User, ct), "申请已视为放弃，终止办理。", ct);

    public Task<IActionResult> OnPostConsultationAsync(
        Guid id, long version, ConsultedParty? partyKind, string? partyName, string? question, DateOnly? sentOn, [FromServices] ConsultationHandler h, CancellationToken ct)
        => RunAsync(id, "consultation", () => h.StartAsync(id, new(partyKind, partyName, question, sentOn), version, User, ct), "已征求意见，答复期限暂停计算。", ct);

    public Task<IActionResult> OnPostConsultationAnswerAsync(
        Guid id, long version, ConsultationAnswer? answer, string? answerText, DateOnly? answeredOn, [FromServices] ConsultationHandler h, CancellationToken ct)
        => RunAsync(id, "consultation-answer", () => h.AnswerAsync(id, new(answer, answerText, answeredOn), version, User, ct), "已记录征求意见的答复，答复期限继续计算。", ct);

    public Task<IActionResult> OnPostFeeAsync(Guid id, long version, FeeMode? mode, int? pieces, int? pages, [FromServices] FeeHandler h, CancellationToken ct)
        => RunAsync(id, "fee", async () => await h.NoticeAsync(id, mode, pieces, pages, version, User, ct) is { IsSuccess: false } r ? r.Error! : Result.Success(), "收费通知已发出，答复期限暂停计算。", ct);

    public Task<IActionResult> OnPostFeePaymentAsync(Guid id, long version, DateOnly? paidOn, string? reference, [FromServices] FeeHandler h, CancellationToken ct)
        => RunAsync(id, "fee-payment", () => h.PaidAsync(id, paidOn, reference, version, User, ct), "已登记缴费，答复期限继续计算。", ct);

    public Task<IActionResult> OnPostExtensionAsync(Guid id, long version, int? days, string? reason, [FromServices] ExtendHandler h, CancellationToken ct)
        => RunAsync(id, "extension", () => h.HandleAsync(id, days, reason, version, User, ct), "已批准延期答复，并告知申请人。", ct);

    public Task<IActionResult> OnPostDraftAsync(Guid id, long version, ReplyForm reply, [FromServices] DraftReplyHandler h, CancellationToken ct)
        => RunAsync(id, "draft", () => h.HandleAsync(id, reply.ToInput(), Files(), version, User, ct), "答复已拟定，提交审核。", ct);

    public Task<IActionResult> OnPostReviewAsync(Guid id, long version, bool passed, string? opinion, [FromServices] ReplyApprovalHandler h, CancellationToken ct)
        => RunAsync(id, "review", () => h.ReviewAsync(id, passed, opinion, version, User, ct), passed ? "答复审核通过，提交签发。" : "答复已退回修改。", ct);

    public Task<IActionResult> OnPostSignOffAsync(Guid id, long version, string? opinion, [FromServices] ReplyApprovalHandler h, CancellationToken ct)
        => RunAsync(id, "sign-off", () => h.SignOffAsync(id, opinion, version, User, ct), "答复已签发，答复告知书已生成。", ct);

    public Task<IActionResult> OnPostDeliverAsync(Guid id, long version, DeliveryMethod? method, DateOnly? deliveredOn, string? note, [FromServices] DeliveryHandler h, CancellationToken ct)
        => RunAsync(id, "deliver", () => h.DeliverAsync(id, new(method, deliveredOn, note), version, User, ct), "答复已送达，申请办结。", ct);

    public Task<IActionResult> OnPostArchiveAsync(Guid id, long version, [FromServices] DeliveryHandler h, CancellationToken ct)
        => RunAsync(id, "archive", () => h.ArchiveAsync(id, version, User, ct), "已归档。", ct);

    public Task<IActionResult> OnPostWithdrawalAsync(Guid id, long version, DateOnly? withdrawnOn, string? note, [FromServices] WithdrawalHandler h, CancellationToken ct)
        => RunAsync(id, "withdrawal", () => h.HandleAsync(id, withdrawnOn, note, version, User, ct), "已登记申请人撤回申请，终止办理。", ct);

    public Task<IActionResult> OnPostDisputeAsync(Guid id, Guid? disputeId, long? disputeVersion, DisputeForm dispute, [FromServices] DisputeHandler h, CancellationToken ct)
        => RunAsync(
            id,
            disputeId is { } existing ? $"dispute-{existing}" : "dispute",
            async () => disputeId is { } d
                ? await h.UpdateAsync(id, d, dispute.ToInput(), disputeVersion, User, ct)
                : await h.AddAsync(id, dispute.ToInput(), User, ct) is { IsSuccess: false } r ? r.Error! : Result.Success(),
            "行政复议、行政诉讼情况已保存。",
            ct);

    private List<UploadedFile> Files()
        => [.. Request.Form.Files.GetFiles("files").Where(f => f.Length > 0).Select(f => new UploadedFile(f.OpenReadStream(), f.FileName, f.ContentType))];

    private async Task<IActionResult> RunAsync(Guid id, string panel, Func<Task<Result>> step, string done, CancellationToken ct)
    {
        var result = await step();
        if (result.IsSuccess)
        {
            TempData["Message"] = done;
            return LocalRedirect($"/office/disclosure/requests/{id}");
        }

        if (result.Error!.Kind == ErrorKind.NotFound)
        {
            return NotFound();
        }

        FailedPanel = panel;
        ModelState.AddModelError("", result.Error.Message);
        Response.StatusCode = result.Error.Kind == ErrorKind.Conflict ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest;
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        Dossier = await query.LoadAsync(id, User, ct);
        return Dossier is not null;
    }
}
