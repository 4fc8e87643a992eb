using EGov.Approvals.Ratings.Rectifications;
using EGov.Platform.Identity.Authorization;
using EGov.Platform.Results;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EGov.Approvals.Areas.Approvals.Pages.OfficeRatings;

/// <summary>One rectification: the rating, the call-back, the rectification, the appeal and its review, the history.</summary>
[Authorize(Policy = PlatformPolicies.Staff)]
internal sealed class DetailModel(RectificationQueries queries) : PageModel
{
    [BindProperty]
    public long? Version { get; set; }

    [BindProperty]
    public CallBackInput CallBack { get; set; } = new();

    [BindProperty]
    public RectifyInput Rectify { get; set; } = new();

    [BindProperty]
    public AppealInput Appeal { get; set; } = new();

    [BindProperty]
    public AppealDecisionInput Decision { get; set; } = new();

    [BindProperty]
    public FeedbackInput Feedback { get; set; } = new();

    public RectificationDetail Detail { get; private set; } = null!;

    public string? Done { get; private set; }

    public Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) => ShowAsync(id, cancellationToken);

    public Task<IActionResult> OnPostCallBackAsync(Guid id, [FromServices] CallBackHandler handler, CancellationToken cancellationToken)
    {
        CallBack.Version = Version;
        return StepAsync(id, "已记录回访。", () => handler.HandleAsync(id, CallBack, User, cancellationToken), cancellationToken);
    }

    public Task<IActionResult> OnPostRectifyAsync(Guid id, [FromServices] RectifyHandler handler, CancellationToken cancellationToken)
    {
        Rectify.Version = Version;
        return StepAsync(id, "已记录整改，已请申请人评价整改结果。", () => handler.HandleAsync(id, Rectify, User, cancellationToken), cancellationToken);
    }

    public Task<IActionResult> OnPostAppealAsync(Guid id, [FromServices] AppealHandler handler, CancellationToken cancellationToken)
    {
        Appeal.Version = Version;
        return StepAsync(id, "已提出申诉，等待复核。", () => handler.HandleAsync(id, Appeal, User, cancellationToken), cancellationToken);
    }

    public Task<IActionResult> OnPostDecideAsync(Guid id, [FromServices] AppealDecisionHandler handler, CancellationToken cancellationToken)
    {
        Decision.Version = Version;
        return StepAsync(id, "已作出复核决定。", () => handler.HandleAsync(id, Decision, User, cancellationToken), cancellationToken);
    }

    public Task<IActionResult> OnPostFeedbackAsync(Guid id, [FromServices] FeedbackHandler handler, CancellationToken cancellationToken)
        => StepAsync(id, "已登记申请人对整改结果的评价。", () => handler.FromStaffAsync(id, Feedback, Version, User, cancellationToken), cancellationToken);

    private async Task<IActionResult> StepAsync(Guid id, string done, Func<Task<Result>> step, CancellationToken cancellationToken)
    {
        var result = await step();
        if (result.IsSuccess)
        {
            Done = done;
        }
        else if (result.Error!.Kind == ErrorKind.NotFound)
        {
            return NotFound();
        }
        else
        {
            ModelState.AddModelError("", result.Error.Fields?.Values.First()[0] ?? result.Error.Message);
            Response.StatusCode = result.Error.Kind == ErrorKind.Forbidden ? StatusCodes.Status403Forbidden : StatusCodes.Status400BadRequest;
        }

        return await ShowAsync(id, cancellationToken);
    }

    private async Task<IActionResult> ShowAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await queries.DetailAsync(id, User, cancellationToken) is not { } detail)
        {
            return NotFound();
        }

        Detail = detail;
        return Page();
    }
}
