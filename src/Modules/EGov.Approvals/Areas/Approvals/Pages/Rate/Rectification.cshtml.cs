using EGov.Approvals.Ratings.Rectifications;
using EGov.Platform.Identity.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EGov.Approvals.Areas.Approvals.Pages.Rate;

/// <summary>The applicant follows the rectification of their 差评 and rates it 满意 / 基本满意 / 不满意.</summary>
[Authorize(Policy = PlatformPolicies.Public)]
internal sealed class RectificationModel(FeedbackHandler handler) : PageModel
{
    [BindProperty]
    public FeedbackInput Input { get; set; } = new();

    public IReadOnlyList<RectificationCase> Cases { get; private set; } = [];

    public bool Done { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        Cases = await handler.MineAsync(id, User, cancellationToken) ?? [];
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var result = await handler.FromApplicantAsync(id, Input, User, cancellationToken);
        if (result.IsSuccess)
        {
            Done = true;
        }
        else
        {
            ModelState.AddModelError("", result.Error!.Message);
            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        Cases = await handler.MineAsync(id, User, cancellationToken) ?? [];
        return Page();
    }
}
