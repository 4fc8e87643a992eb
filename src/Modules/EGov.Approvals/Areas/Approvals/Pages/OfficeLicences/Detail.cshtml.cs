using EGov.Approvals.Domain.Licences;
using EGov.Approvals.Licences;
using EGov.Approvals.Licences.Api;
using EGov.Approvals.Licences.Revocation;
using EGov.Approvals.Licences.Verification;
using EGov.Platform.Time;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace EGov.Approvals.Areas.Approvals.Pages.OfficeLicences;

/// <summary>One licence in scope: its data, its PDF, and 注销 with a reason (the same handler as the API).</summary>
[Authorize(Policy = OfficeLicenceApi.Policy)]
internal sealed class DetailModel(StaffLicences staff, PublicLicences views, LicenceFiles files, RevokeLicenceHandler revoke, TimeProvider time) : PageModel
{
    public ELicence Licence { get; private set; } = new();

    public PublicLicence View { get; private set; } = null!;

    public string State { get; private set; } = "";

    [BindProperty]
    public string? Reason { get; set; }

    [BindProperty]
    public long Version { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
        => await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnGetPdfAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken) || await files.ReadAsync(Licence, cancellationToken) is not { } file)
        {
            return NotFound();
        }

        return File(file.Content, "application/pdf", file.FileName);
    }

    public async Task<IActionResult> OnPostRevokeAsync(Guid id, CancellationToken cancellationToken)
    {
        var result = await revoke.RevokeAsync(id, Reason, Version, User, cancellationToken);
        if (result.IsSuccess)
        {
            return RedirectToPage(new { id });
        }

        ModelState.AddModelError(nameof(Reason), result.Error!.Message);
        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await (await staff.InScopeAsync(cancellationToken)).AsNoTracking().SingleOrDefaultAsync(l => l.Id == id, cancellationToken) is not { } licence)
        {
            return false;
        }

        Licence = licence;
        View = await views.OfAsync(licence, cancellationToken);
        State = LicenceStates.Of(licence, ChinaTime.Today(time));
        Version = licence.Version;
        return true;
    }
}
