using EGov.Interaction.Contracts;
using EGov.Interaction.Interviews;
using EGov.Platform.Identity.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EGov.Interaction.Areas.Interaction.Pages.Interviews.Office;

/// <summary>安排访谈: a new interview of the editor's department, first as a draft.</summary>
[Authorize(Policy = PlatformPolicies.PermissionPrefix + InteractionPermissions.Consult)]
internal sealed class NewModel(ScheduleHandler handler) : PageModel
{
    [BindProperty]
    public InterviewForm Form { get; set; } = new();

    public IActionResult OnGet() => Page();

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var created = await handler.CreateAsync(Form.Input(), User, cancellationToken);
        if (created.IsSuccess)
        {
            TempData["Message"] = "访谈已安排（筹备中），发布预告后在门户显示。";
            return LocalRedirect($"/office/interaction/interviews/{created.Value}/console");
        }

        ModelState.AddModelError("", created.Error!.Message);
        return Page();
    }
}
