using EGov.Interaction.Contracts;
using EGov.Interaction.Domain.Surveys;
using EGov.Interaction.Opinions;
using EGov.Interaction.Surveys;
using EGov.Interaction.Surveys.Editing;
using EGov.Interaction.Surveys.Results;
using EGov.Platform.Results;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace EGov.Interaction.Areas.Interaction.Pages.Surveys.Office;

/// <summary>One survey for staff: publish, withdraw or close it, and its live results with the text answers.</summary>
[Authorize(Policy = "perm:" + InteractionPermissions.Consult)]
internal sealed class DetailsModel(SurveyFinder finder, SurveyResultsQuery results, SurveyStatusHandler status) : PageModel
{
    public Survey Survey { get; private set; } = null!;

    public SurveyResult Result { get; private set; } = null!;

    [BindProperty]
    public uint Version { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) => await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public Task<IActionResult> OnPostPublishAsync(Guid id, CancellationToken ct) => AfterAsync(id, status.PublishAsync(id, Version, ct), "已发布。", ct);

    public Task<IActionResult> OnPostUnpublishAsync(Guid id, CancellationToken ct) => AfterAsync(id, status.UnpublishAsync(id, Version, ct), "已撤回。", ct);

    public Task<IActionResult> OnPostCloseAsync(Guid id, CancellationToken ct) => AfterAsync(id, status.CloseAsync(id, Version, ct), "调查已结束，结果已公布。", ct);

    private async Task<IActionResult> AfterAsync(Guid id, Task<Result<Guid>> action, string message, CancellationToken cancellationToken)
    {
        var result = await action;
        if (result.IsSuccess)
        {
            TempData["Message"] = message;
            return LocalRedirect($"/office/interaction/surveys/{id}");
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
        var survey = await (await finder.InScopeAsync(cancellationToken)).AsNoTracking().SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        var found = await results.ForStaffAsync(id, cancellationToken);
        if (survey is null || !found.IsSuccess)
        {
            return false;
        }

        (Survey, Result) = (survey, found.Value);
        return true;
    }
}
