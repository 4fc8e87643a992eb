using EGov.Approvals.Contracts;
using EGov.Approvals.Domain.Applications;
using EGov.Approvals.Ratings.Rate;
using EGov.Platform.Identity.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EGov.Approvals.Areas.Approvals.Pages.OfficeRatings;

/// <summary>一次一评 on the counter's 评价器: the clerk opens it for the application just served; the applicant fills it.</summary>
[Authorize(Policy = PlatformPolicies.PermissionPrefix + ApprovalsPermissions.WindowIntake)]
internal sealed class WindowRatingModel(RateAtWindowHandler handler) : PageModel
{
    [BindProperty]
    public RatingInput Input { get; set; } = new();

    public Application Application { get; private set; } = null!;

    public RatingReceipt? Receipt { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await handler.FindAsync(id, cancellationToken) is not { } application)
        {
            return NotFound();
        }

        Application = application;
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(id, Input, User, cancellationToken);
        if (result.IsSuccess)
        {
            Receipt = result.Value;
            Input = new RatingInput();
        }
        else
        {
            foreach (var (field, messages) in result.Error!.Fields ?? new Dictionary<string, string[]> { [""] = [result.Error.Message] })
            {
                ModelState.AddModelError(field.Length == 0 ? "" : $"Input.{field}", messages[0]);
            }

            Response.StatusCode = StatusCodes.Status400BadRequest;
        }

        return await OnGetAsync(id, cancellationToken) is NotFoundResult notFound ? notFound : Page();
    }
}
