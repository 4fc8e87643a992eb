using EGov.Approvals.Applications.Handling.Decisions;
using EGov.Approvals.Applications.Handling.Dossier;
using EGov.Approvals.Applications.Handling.PreReview;
using EGov.Approvals.Applications.Handling.Results;
using EGov.Approvals.Applications.Handling.Review;
using EGov.Approvals.Applications.Handling.Withdrawal;
using EGov.Approvals.Domain.Applications;
using EGov.Approvals.Domain.Items;
using EGov.Platform.Identity.Authorization;
using EGov.Platform.Results;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EGov.Approvals.Areas.Approvals.Pages.OfficeApplications;

/// <summary>
/// An application for staff: applicant (masked), form, materials, clocks, documents and history, with one form for each
/// step this person may take now. Each step calls the same handler as the API.
/// </summary>
[Authorize(Policy = PlatformPolicies.Staff)]
internal sealed class DetailModel(DossierQuery query) : PageModel
{
    public ApplicationDossier? Dossier { get; private set; }

    /// <summary>The panel whose step was refused, shown open with its message.</summary>
    public string? FailedPanel { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostCheckMaterialsAsync(Guid id, long version, List<MaterialCheckForm> checks, [FromServices] CheckMaterialsHandler h, CancellationToken ct)
        => RunAsync(id, "check", () => h.HandleAsync(id, MaterialCheckForm.Inputs(checks), version, User, ct), "材料审核结果已保存。", ct);

    public Task<IActionResult> OnPostAcceptAsync(Guid id, long version, [FromServices] AcceptHandler h, CancellationToken ct)
        => RunAsync(id, "accept", () => h.HandleAsync(id, version, User, ct), "已受理，受理通知书已生成。", ct);

    public Task<IActionResult> OnPostRejectAsync(Guid id, long version, string? reason, [FromServices] RejectHandler h, CancellationToken ct)
        => RunAsync(id, "reject", () => h.HandleAsync(id, reason, version, User, ct), "已作出不予受理决定。", ct);

    public Task<IActionResult> OnPostCorrectionNoticeAsync(
        Guid id, long version, List<CorrectionRowForm> rows, string? note, [FromServices] CorrectionNoticeHandler h, CancellationToken ct)
        => RunAsync(id, "correction", () => h.HandleAsync(id, CorrectionRowForm.Inputs(rows), note, version, User, ct), "补正告知已一次性发出。", ct);

    public Task<IActionResult> OnPostRegisterCorrectionAsync(
        Guid id, long version, string? note, DateOnly? suppliedOn, [FromServices] SupplyCorrectionHandler h, CancellationToken ct)
        => RunAsync(id, "supply", () => h.RegisterAsync(id, PostedFiles.Of(Request.Form, "file-"), note, suppliedOn, version, User, ct), "已登记补正材料，请审核后决定是否受理。", ct);

    public Task<IActionResult> OnPostImmediateAsync(Guid id, long version, bool deliverElectronically, [FromServices] ImmediateHandler h, CancellationToken ct)
        => RunAsync(id, "immediate", () => h.HandleAsync(id, deliverElectronically, version, User, ct), "即办件已当场受理、准予并出证。", ct);

    public Task<IActionResult> OnPostOpinionAsync(Guid id, long version, string? opinion, bool completeReview, [FromServices] OpinionHandler h, CancellationToken ct)
        => RunAsync(id, "opinion", () => h.HandleAsync(id, opinion, completeReview, version, User, ct), completeReview ? "审查完毕，已报请决定。" : "审查意见已保存。", ct);

    public Task<IActionResult> OnPostStartProcedureAsync(
        Guid id, long version, string? reason, string? description, int? expectedDays, DateOnly? startedOn, [FromServices] SpecialProcedureHandler h, CancellationToken ct)
        => RunAsync(id, "procedure", () => h.StartAsync(id, reason, description, expectedDays, startedOn, version, User, ct), "特别程序已启动，办理期限暂停计算，告知书已生成。", ct);

    public Task<IActionResult> OnPostEndProcedureAsync(
        Guid id, long version, string? outcome, DateOnly? endedOn, [FromServices] SpecialProcedureHandler h, CancellationToken ct)
        => RunAsync(id, "procedure-end", () => h.EndAsync(id, outcome, endedOn, version, User, ct), "特别程序已结束，办理期限继续计算。", ct);

    public Task<IActionResult> OnPostRequestExtensionAsync(Guid id, long version, string? reason, [FromServices] ExtensionHandler h, CancellationToken ct)
        => RunAsync(id, "extension", () => h.RequestAsync(id, reason, version, User, ct), "延期申请已提交负责人审批。", ct);

    public Task<IActionResult> OnPostDecideExtensionAsync(Guid id, long version, bool approve, string? note, [FromServices] ExtensionHandler h, CancellationToken ct)
        => RunAsync(id, "extension-decision", () => h.DecideAsync(id, approve, note, version, User, ct), approve ? "已批准延期，并书面告知申请人。" : "已不同意延期。", ct);

    public Task<IActionResult> OnPostDecideAsync(Guid id, long version, Decision? decision, string? reason, [FromServices] DecideHandler h, CancellationToken ct)
        => RunAsync(id, "decide", () => h.HandleAsync(id, decision, reason, version, User, ct), "审批决定已作出。", ct);

    public Task<IActionResult> OnPostProduceAsync(Guid id, long version, [FromServices] ProduceResultHandler h, CancellationToken ct)
        => RunAsync(id, "produce", () => h.HandleAsync(id, version, User, ct), "审批结果已出具。", ct);

    public Task<IActionResult> OnPostDeliverAsync(
        Guid id, long version, DeliveryOptions? method, DateOnly? deliveredOn, string? note, bool conclude, [FromServices] DeliverHandler h, CancellationToken ct)
        => RunAsync(id, "deliver", () => h.DeliverAsync(id, new(method, deliveredOn, note), conclude, version, User, ct), conclude ? "已送达并办结。" : "已送达。", ct);

    public Task<IActionResult> OnPostConcludeAsync(Guid id, long version, [FromServices] DeliverHandler h, CancellationToken ct)
        => RunAsync(id, "conclude", () => h.ConcludeAsync(id, version, User, ct), "已办结。", ct);

    public Task<IActionResult> OnPostWithdrawAsync(Guid id, long version, string? reason, [FromServices] WithdrawHandler h, CancellationToken ct)
        => RunAsync(id, "withdraw", () => h.RegisterAsync(id, reason, version, User, ct), "已登记申请人撤回申请。", ct);

    private async Task<IActionResult> RunAsync(Guid id, string panel, Func<Task<Result>> step, string done, CancellationToken ct)
    {
        var result = await step();
        if (result.IsSuccess)
        {
            TempData["Message"] = done;
            return LocalRedirect($"/office/approvals/applications/{id}");
        }

        if (result.Error!.Kind == ErrorKind.NotFound)
        {
            return NotFound();
        }

        FailedPanel = panel;
        ModelState.AddModelError("", result.Error.Message);
        Response.StatusCode = result.Error.Kind switch
        {
            ErrorKind.Conflict => StatusCodes.Status409Conflict,
            ErrorKind.Forbidden => StatusCodes.Status403Forbidden,
            _ => StatusCodes.Status400BadRequest,
        };
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        Dossier = await query.LoadAsync(id, User, ct);
        return Dossier is not null;
    }
}
