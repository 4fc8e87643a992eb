using EGov.Documents.Outgoing.Handling;
using EGov.Documents.Outgoing.Reading;
using EGov.Platform.Identity.Authorization;
using EGov.Platform.Organization;
using EGov.Platform.Results;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EGov.Documents.Areas.Documents.Pages.Outgoing;

/// <summary>One 公文: its elements, the 审批意见 timeline, and the forms of the step this person holds now (the API's handlers).</summary>
[Authorize(Policy = PlatformPolicies.Staff)]
internal sealed class DetailModel(OutgoingDetails details, EGov.Documents.Outgoing.OrganizationFacts organization) : PageModel
{
    public OutgoingDetail? Detail { get; private set; }

    public IReadOnlyList<DepartmentInfo> Departments { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct) => await LoadAsync(id, ct) ? Page() : NotFound();

    public Task<IActionResult> OnPostSubmitAsync(Guid id, long version, [FromServices] SubmitHandler h, CancellationToken ct)
        => RunAsync(id, () => h.SubmitAsync(id, version, User, ct), "已提交核稿。", ct);

    public Task<IActionResult> OnPostReviewAsync(Guid id, long version, string? opinion, List<Guid>? countersign, [FromServices] ReviewHandler h, CancellationToken ct)
        => RunAsync(id, () => h.ApproveAsync(id, opinion, countersign, version, User, ct), "核稿通过。", ct);

    public Task<IActionResult> OnPostCountersignAsync(Guid id, long version, bool agree, string? opinion, [FromServices] CountersignHandler h, CancellationToken ct)
        => RunAsync(id, () => h.AnswerAsync(id, agree, opinion, version, User, ct), "会签意见已提交。", ct);

    public Task<IActionResult> OnPostSignOffAsync(Guid id, long version, string? opinion, [FromServices] SignOffHandler h, CancellationToken ct)
        => RunAsync(id, () => h.SignOffAsync(id, opinion, version, User, ct), "已签发。", ct);

    public Task<IActionResult> OnPostNumberAsync(Guid id, long version, [FromServices] NumberHandler h, CancellationToken ct)
        => RunAsync(id, () => h.NumberAsync(id, version, User, ct), "已编号。", ct);

    public Task<IActionResult> OnPostSealAsync(Guid id, long version, [FromServices] SealHandler h, CancellationToken ct)
        => RunAsync(id, () => h.SealAsync(id, version, User, ct), "已用印。", ct);

    public Task<IActionResult> OnPostDistributeAsync(Guid id, long version, [FromServices] DistributeHandler h, CancellationToken ct)
        => RunAsync(id, async () => await h.DistributeAsync(id, version, User, ct) is { IsSuccess: false } r ? r.Error! : Result.Success(), "已分发。", ct);

    public Task<IActionResult> OnPostArchiveAsync(Guid id, long version, string? retention, [FromServices] ArchiveHandler h, CancellationToken ct)
        => RunAsync(id, () => h.ArchiveAsync(id, retention, version, User, ct), "已归档。", ct);

    public Task<IActionResult> OnPostPublishAsync(Guid id, long version, [FromServices] PublishHandler h, CancellationToken ct)
        => RunAsync(id, async () => await h.PublishAsync(id, version, User, ct) is { IsSuccess: false } r ? r.Error! : Result.Success(), "已在门户网站“文件资料”栏目发布。", ct);

    public Task<IActionResult> OnPostReturnAsync(Guid id, long version, string? comments, [FromServices] ReturnHandler h, CancellationToken ct)
        => RunAsync(id, () => h.ReturnAsync(id, comments, version, User, ct), "已退回拟稿人。", ct);

    private async Task<IActionResult> RunAsync(Guid id, Func<Task<Result>> step, string done, CancellationToken ct)
    {
        var result = await step();
        if (result.IsSuccess)
        {
            TempData["Message"] = done;
            return LocalRedirect(OutgoingInbox.Url(id));
        }

        if (result.Error!.Kind == ErrorKind.NotFound)
        {
            return NotFound();
        }

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
        Detail = await details.FindAsync(id, User, ct);
        Departments = [.. (await organization.TreeAsync(ct)).Where(d => d.IsActive && d.Depth == 1)];
        return Detail is not null;
    }
}
