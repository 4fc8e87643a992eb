using EGov.Disclosure.Requests.Intake.Api;
using EGov.Disclosure.Requests.Intake.Tracking;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace EGov.Disclosure.Areas.Disclosure.Pages.Requests;

/// <summary>查询办理进度 without an account: number and query code, posted (never in the address), rate-limited.</summary>
[AllowAnonymous]
[EnableRateLimiting(IntakePolicies.PublicForm)]
internal sealed class TrackModel(RequestTracking tracking) : PageModel
{
    [BindProperty]
    public string? Number { get; set; }

    [BindProperty]
    public string? Code { get; set; }

    public TrackingView? View { get; private set; }

    public string? Message { get; private set; }

    public async Task OnPostAsync(CancellationToken cancellationToken)
    {
        Response.Headers.CacheControl = "no-store";
        var found = await tracking.FindAsync(Number, Code, cancellationToken);
        if (found.IsSuccess)
        {
            View = found.Value;
        }
        else
        {
            Message = found.Error!.Message;
        }
    }
}
