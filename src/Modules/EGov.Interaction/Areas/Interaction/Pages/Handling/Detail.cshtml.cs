using EGov.Interaction.Letters.Handling.Actions;
using EGov.Interaction.Letters.Handling.Dossier;
using EGov.Interaction.Letters.Handling.Publication;
using EGov.Platform.Identity.Authorization;
using EGov.Platform.Results;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EGov.Interaction.Areas.Interaction.Pages.Handling;

/// <summary>A letter for staff, with one form for each step this person may take now; each step calls the same handler as the API.</summary>
[Authorize(Policy = PlatformPolicies.Staff)]
internal sealed class DetailModel(LetterDossierQuery query) : PageModel
{
    public LetterDossier? Dossier { get; private set; }

    public string? FailedPanel { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostRouteAsync(Guid id, long version, Guid? departmentId, string? note, [FromServices] DispatchHandler h, CancellationToken ct)
        => RunAsync(id, "route", () => h.RouteAsync(id, departmentId, note, version, User, ct), "已分办。", ct);

    public Task<IActionResult> OnPostRejectAsync(Guid id, long version, string? reason, [FromServices] DispatchHandler h, CancellationToken ct)
        => RunAsync(id, "reject", () => h.RejectAsync(id, reason, version, User, ct), "已不予受理，并告知来信人。", ct);

    public Task<IActionResult> OnPostMergeAsync(Guid id, long version, string? into, [FromServices] MergeHandler h, CancellationToken ct)
        => RunAsync(id, "merge", () => h.MergeAsync(id, into, version, User, ct), "已合并。", ct);

    public Task<IActionResult> OnPostSignForAsync(Guid id, long version, [FromServices] SignForHandler h, CancellationToken ct)
        => RunAsync(id, "sign", () => h.SignForAsync(id, version, User, ct), "已签收。", ct);

    public Task<IActionResult> OnPostReturnAsync(Guid id, long version, string? reason, [FromServices] SignForHandler h, CancellationToken ct)
        => RunAsync(id, "return", () => h.ReturnAsync(id, reason, version, User, ct), "已退回分办。", ct);

    public Task<IActionResult> OnPostRequestExtensionAsync(Guid id, long version, int? workingDays, string? reason, [FromServices] ExtensionHandler h, CancellationToken ct)
        => RunAsync(id, "extension", () => h.RequestAsync(id, workingDays, reason, version, User, ct), "延期申请已提交。", ct);

    public Task<IActionResult> OnPostDecideExtensionAsync(Guid id, long version, bool approve, string? note, [FromServices] ExtensionHandler h, CancellationToken ct)
        => RunAsync(id, "extension-decision", () => h.DecideAsync(id, approve, note, version, User, ct), approve ? "已批准延期，并告知来信人。" : "已不同意延期。", ct);

    public Task<IActionResult> OnPostReplyAsync(Guid id, long version, string? content, [FromServices] ReplyHandler h, CancellationToken ct)
        => RunAsync(id, "reply", () => h.SubmitAsync(id, content, version, User, ct), "答复已提交审核。", ct);

    public Task<IActionResult> OnPostApproveReplyAsync(Guid id, long version, string? note, [FromServices] ReplyHandler h, CancellationToken ct)
        => RunAsync(id, "review", () => h.ApproveAsync(id, note, version, User, ct), "答复已审核通过并发送给来信人。", ct);

    public Task<IActionResult> OnPostReturnReplyAsync(Guid id, long version, string? note, [FromServices] ReplyHandler h, CancellationToken ct)
        => RunAsync(id, "review", () => h.ReturnAsync(id, note, version, User, ct), "答复已退回修改。", ct);

    public Task<IActionResult> OnPostNoteAsync(Guid id, long version, string? body, [FromServices] NoteHandler h, CancellationToken ct)
        => RunAsync(id, "note", () => h.AddAsync(id, body, version, User, ct), "备注已保存。", ct);

    public Task<IActionResult> OnPostPublishAsync(
        Guid id, long version, string? subject, string? content, string? reply, [FromServices] PublishHandler h, CancellationToken ct)
        => RunAsync(id, "publish", () => h.PublishAsync(id, new PublicText(subject, content, reply), version, User, ct), "已在网站公开。", ct);

    public Task<IActionResult> OnPostUnpublishAsync(Guid id, long version, string? reason, [FromServices] PublishHandler h, CancellationToken ct)
        => RunAsync(id, "unpublish", () => h.UnpublishAsync(id, reason, version, User, ct), "已撤销公开。", ct);

    private async Task<IActionResult> RunAsync(Guid id, string panel, Func<Task<Result>> step, string done, CancellationToken ct)
    {
        var result = await step();
        if (result.IsSuccess)
        {
            TempData["Message"] = done;
            return LocalRedirect($"/office/interaction/letters/{id}");
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
