using EGov.Disclosure.Domain.Requests;
using EGov.Disclosure.Requests.Handling.Corrections;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace EGov.Disclosure.Areas.Disclosure.Pages.Correction;

/// <summary>
/// 网上补正 (条例 第三十条): the applicant opens the correction notice with the receipt's number and query code (or
/// signed in as the request's account) and sends the corrected description; the reply period starts again today.
/// </summary>
[AllowAnonymous]
[EnableRateLimiting("public-form")]
internal sealed class CorrectModel(OnlineCorrectionHandler handler) : PageModel
{
    [BindProperty]
    public string? Number { get; set; }

    [BindProperty]
    public string? QueryCode { get; set; }

    [BindProperty]
    public string? Description { get; set; }

    public CorrectionNotice? Notice { get; private set; }

    public bool Done { get; private set; }

    public void OnGet(string? number) => Number = number;

    public async Task<IActionResult> OnPostFindAsync(CancellationToken cancellationToken)
    {
        var found = await handler.FindAsync(Number, QueryCode, User, cancellationToken);
        if (!found.IsSuccess)
        {
            return Refused(found.Error!);
        }

        (Notice, Description) = (found.Value.Notice, found.Value.Request.Description);
        return Page();
    }

    public async Task<IActionResult> OnPostSubmitAsync(CancellationToken cancellationToken)
    {
        var result = await handler.CorrectAsync(Number, QueryCode, Description, User, cancellationToken);
        if (result.IsSuccess)
        {
            Done = true;
            return Page();
        }

        var found = await handler.FindAsync(Number, QueryCode, User, cancellationToken);
        Notice = found.IsSuccess ? found.Value.Notice : null;
        return Refused(result.Error!);
    }

    private PageResult Refused(Platform.Results.Error error)
    {
        ModelState.AddModelError("", error.Message);
        Response.StatusCode = StatusCodes.Status400BadRequest;
        return Page();
    }
}
