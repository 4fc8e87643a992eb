using EGov.Interaction.Contracts;
using EGov.Interaction.Domain.Opinions;
using EGov.Interaction.Opinions;
using EGov.Interaction.Opinions.Editing;
using EGov.Interaction.Opinions.Feedback;
using EGov.Platform.Results;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EGov.Interaction.Areas.Interaction.Pages.Opinions.Office;

/// <summary>One collection for staff: publish, withdraw or close it; mark each opinion; write and publish the 采纳情况; export.</summary>
[Authorize(Policy = "perm:" + InteractionPermissions.Consult)]
internal sealed class DetailsModel(StaffCollections collections, CollectionStatusHandler status, AdoptOpinionHandler adopt, FeedbackHandler feedback) : PageModel
{
    public StaffCollection View { get; private set; } = null!;

    [BindProperty]
    public uint Version { get; set; }

    [BindProperty]
    public string? Summary { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        Summary = View.Collection.FeedbackSummary;
        return Page();
    }

    public Task<IActionResult> OnPostPublishAsync(Guid id, CancellationToken ct) => AfterAsync(id, status.PublishAsync(id, Version, ct), "已发布，公众可以提出意见。", ct);

    public Task<IActionResult> OnPostUnpublishAsync(Guid id, CancellationToken ct) => AfterAsync(id, status.UnpublishAsync(id, Version, ct), "已撤回。", ct);

    public Task<IActionResult> OnPostCloseAsync(Guid id, CancellationToken ct) => AfterAsync(id, status.CloseAsync(id, Version, ct), "征集已结束。", ct);

    public Task<IActionResult> OnPostAdoptAsync(Guid id, Guid opinionId, Adoption adoption, string? note, CancellationToken ct)
        => AfterAsync(id, adopt.AdoptAsync(id, opinionId, adoption, note, Version, ct), "采纳情况已标注。", ct);

    public Task<IActionResult> OnPostFeedbackAsync(Guid id, bool publish, CancellationToken ct)
        => AfterAsync(id, feedback.SaveAsync(id, Summary, publish, Version, ct), publish ? "采纳情况已公布。" : "采纳情况已保存，尚未公布。", ct);

    private async Task<IActionResult> AfterAsync(Guid id, Task<Result<Guid>> action, string message, CancellationToken cancellationToken)
    {
        var result = await action;
        if (result.IsSuccess)
        {
            TempData["Message"] = message;
            return LocalRedirect($"/office/interaction/opinions/{id}");
        }

        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        ConsultDisplay.AddTo(ModelState, result.Error!, "");
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        View = (await collections.FindAsync(id, cancellationToken))!;
        return View is not null;
    }
}
