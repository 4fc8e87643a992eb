using EGov.Approvals.Applications.Handling.PreReview;
using EGov.Approvals.Domain.Applications;
using EGov.Platform.Identity;
using EGov.Platform.Identity.Authorization;
using EGov.Platform.Results;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EGov.Approvals.Areas.Approvals.Pages.MyActions;

/// <summary>The applicant supplies the materials listed in the one-time correction notice (行政许可法 第三十二条).</summary>
[Authorize(Policy = PlatformPolicies.Public)]
internal sealed class CorrectionModel(MyApplicationLoader loader, SupplyCorrectionHandler handler) : PageModel
{
    public const string FilePrefix = "file-";

    public Application Application { get; private set; } = null!;

    public CorrectionNotice? Notice { get; private set; }

    public bool CanSupply => Application.State == ApplicationState.AwaitingCorrection && Notice is { SuppliedOn: null };

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
        => await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, long version, string? note, CancellationToken cancellationToken)
    {
        var files = OfficeApplications.PostedFiles.Of(Request.Form, FilePrefix);
        var result = await handler.SupplyAsync(id, files, note, version, User, cancellationToken);
        if (result.IsSuccess)
        {
            TempData["Message"] = "补正材料已提交，请等待审核。";
            return LocalRedirect($"/my/applications/{id}");
        }

        if (result.Error!.Kind == ErrorKind.NotFound)
        {
            return NotFound();
        }

        ModelState.AddModelError("", result.Error.Message);
        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await loader.LoadAsync(id, User.AccountId(), cancellationToken) is not { } loaded)
        {
            return false;
        }

        (Application, Notice) = loaded;
        return true;
    }
}
