using EGov.Documents.Contracts;
using EGov.Documents.Incoming;
using EGov.Documents.Incoming.Steps;
using EGov.Platform.Identity.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EGov.Documents.Areas.Documents.Pages.Incoming;

/// <summary>登记纸质来文: the 文书 enters a document that arrived on paper, with an optional scanned PDF; it is signed for at once.</summary>
[Authorize(Policy = PlatformPolicies.Staff)]
[Authorize(Policy = PlatformPolicies.PermissionPrefix + DocumentsPermissions.Receive)]
internal sealed class PaperModel(PaperRegistrationHandler handler) : PageModel
{
    public const long MaxScanBytes = 20 * 1024 * 1024;

    [BindProperty]
    public PaperForm Input { get; set; } = new();

    public async Task<IActionResult> OnPostAsync(IFormFile? scan, CancellationToken ct)
    {
        byte[]? bytes = null;
        if (scan is { Length: > 0 })
        {
            if (scan.Length > MaxScanBytes)
            {
                ModelState.AddModelError("", "扫描件不能超过 20 MB。");
                Response.StatusCode = StatusCodes.Status400BadRequest;
                return Page();
            }

            using var buffer = new MemoryStream();
            await scan.CopyToAsync(buffer, ct);
            bytes = buffer.ToArray();
        }

        var input = new PaperInput(Input.SenderAgency, Input.DocumentNumber, Input.Title, Input.Type, Input.Urgency, Input.Secrecy, Input.WrittenOn,
            Input.RecipientRole, Input.Copies, bytes, scan?.FileName).Parse();
        var registered = input.IsSuccess ? await handler.RegisterAsync(input.Value, User, ct) : input.Error!;
        if (registered.IsSuccess)
        {
            TempData["Message"] = "纸质来文已登记并签收，请继续登记收文编号。";
            return LocalRedirect(IncomingInbox.Url(registered.Value));
        }

        ModelState.AddModelError("", registered.Error!.Message);
        Response.StatusCode = registered.Error.Kind == Platform.Results.ErrorKind.Forbidden ? StatusCodes.Status403Forbidden : StatusCodes.Status400BadRequest;
        return Page();
    }
}

/// <summary>The fields of the paper registration form, as typed.</summary>
internal sealed class PaperForm
{
    public string? SenderAgency { get; set; }
    public string? DocumentNumber { get; set; }
    public string? Title { get; set; }
    public string? Type { get; set; }
    public string? Urgency { get; set; }
    public string? Secrecy { get; set; }
    public string? WrittenOn { get; set; }
    public string? RecipientRole { get; set; }
    public int? Copies { get; set; } = 1;
}
