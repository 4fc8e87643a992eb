using EGov.Approvals.Domain.Applications;
using EGov.Approvals.Domain.Ratings;
using EGov.Approvals.Ratings.Rate;
using EGov.Platform.Identity.Authorization;
using EGov.Platform.Results;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EGov.Approvals.Areas.Approvals.Pages.Rate;

/// <summary>一事一评: the applicant rates their concluded application once.</summary>
[Authorize(Policy = PlatformPolicies.Public)]
internal sealed class RateModel(RateOnlineHandler handler, RatingRecorder recorder) : PageModel
{
    [BindProperty]
    public RatingInput Input { get; set; } = new();

    public Application? Application { get; private set; }

    public string? Refusal { get; private set; }

    public bool AlreadyRated { get; private set; }

    public RatingReceipt? Receipt { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) => await LoadAsync(id, cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(id, Input, User, cancellationToken);
        if (result.IsSuccess)
        {
            Receipt = result.Value;
            return await LoadAsync(id, cancellationToken) ?? Page();
        }

        if (result.Error!.Kind == ErrorKind.NotFound)
        {
            return NotFound();
        }

        foreach (var (field, messages) in result.Error.Fields ?? new Dictionary<string, string[]> { [""] = [result.Error.Message] })
        {
            ModelState.AddModelError(field.Length == 0 ? "" : $"Input.{field}", messages[0]);
        }

        Response.StatusCode = StatusCodes.Status400BadRequest;
        return await LoadAsync(id, cancellationToken) ?? Page();
    }

    private async Task<IActionResult?> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var found = await handler.FindRateableAsync(id, User, cancellationToken);
        if (!found.IsSuccess && found.Error!.Kind == ErrorKind.NotFound)
        {
            return NotFound();
        }

        Application = found.IsSuccess ? found.Value : null;
        Refusal = found.IsSuccess ? null : found.Error!.Message;
        AlreadyRated = Application is not null && await recorder.RatedAsync(id, RatingChannel.Online, cancellationToken);
        return null;
    }
}
