using EGov.Documents.Contracts;
using EGov.Documents.Domain;
using EGov.Documents.Outgoing.Handling;
using EGov.Documents.Outgoing.Reading;
using EGov.Platform.Identity.Authorization;
using EGov.Platform.Results;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EGov.Documents.Areas.Documents.Pages.Outgoing;

/// <summary>签发 on a phone: the key elements, the opinion box and the two buttons, one column without horizontal scrolling.</summary>
[Authorize(Policy = PlatformPolicies.PermissionPrefix + DocumentsPermissions.SignOff)]
internal sealed class SignOffModel(OutgoingDetails details) : PageModel
{
    public OutgoingDetail? Detail { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken ct)
    {
        Detail = await details.FindAsync(id, User, ct);
        return Detail is null ? NotFound() : Page();
    }

    public Task<IActionResult> OnPostSignAsync(Guid id, long version, string? opinion, [FromServices] SignOffHandler h, CancellationToken ct)
        => RunAsync(id, () => h.SignOffAsync(id, opinion, version, User, ct), "已签发。", ct);

    public Task<IActionResult> OnPostReturnAsync(Guid id, long version, string? opinion, [FromServices] ReturnHandler h, CancellationToken ct)
        => RunAsync(id, () => h.ReturnAsync(id, opinion, version, User, ct), "已退回拟稿人。", ct);

    private async Task<IActionResult> RunAsync(Guid id, Func<Task<Result>> step, string done, CancellationToken ct)
    {
        var result = await step();
        if (result.IsSuccess)
        {
            TempData["Message"] = done;
            return LocalRedirect(OutgoingInbox.Url(id));
        }

        ModelState.AddModelError("", result.Error!.Message);
        Response.StatusCode = result.Error.Kind == ErrorKind.Conflict ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest;
        Detail = await details.FindAsync(id, User, ct);
        return Detail is null ? NotFound() : Page();
    }

    public bool MaySign => Detail is { Step: OpinionStep.SignOff };
}
