using EGov.Interaction.Contracts;
using EGov.Interaction.Interviews;
using EGov.Platform.Identity.Authorization;
using EGov.Platform.Results;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EGov.Interaction.Areas.Interaction.Pages.Interviews.Office;

/// <summary>修改访谈, until it has ended.</summary>
[Authorize(Policy = PlatformPolicies.PermissionPrefix + InteractionPermissions.Consult)]
internal sealed class EditModel(InterviewQueries queries, ScheduleHandler handler) : PageModel
{
    [BindProperty]
    public InterviewForm Form { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await queries.OfficeDetailAsync(id, cancellationToken) is not { } interview)
        {
            return NotFound();
        }

        Form = InterviewForm.Of(interview);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var edited = await handler.EditAsync(id, Form.Input(), Form.Version, cancellationToken);
        if (edited.IsSuccess)
        {
            TempData["Message"] = "访谈已修改。";
            return LocalRedirect($"/office/interaction/interviews/{id}/console");
        }

        if (edited.Error!.Kind == ErrorKind.NotFound)
        {
            return NotFound();
        }

        ModelState.AddModelError("", edited.Error.Message);
        return Page();
    }
}
