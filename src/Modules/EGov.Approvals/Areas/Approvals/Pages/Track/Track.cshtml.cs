using EGov.Approvals.Applications.Intake.Api;
using EGov.Approvals.Applications.Intake.Tracking;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace EGov.Approvals.Areas.Approvals.Pages.Track;

/// <summary>过程查询 without an account: number and query code, posted (never in the address), rate-limited.</summary>
[AllowAnonymous]
[EnableRateLimiting(IntakeEndpoints.PublicForm)]
internal sealed class TrackModel(ApplicationTracking tracking) : PageModel
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
