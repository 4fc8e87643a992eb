using EGov.Approvals.Licences;
using EGov.Approvals.Licences.Mine;
using EGov.Platform.Identity;
using EGov.Platform.Identity.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EGov.Approvals.Areas.Approvals.Pages.MyLicences;

/// <summary>我的电子证照: the account's licences, their PDFs and verification links.</summary>
[Authorize(Policy = PlatformPolicies.Public)]
internal sealed class IndexModel(MyLicenceList mine, LicenceFiles files) : PageModel
{
    public IReadOnlyList<MyLicenceLine> Licences { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
        => Licences = await mine.ListAsync(User.AccountId()!.Value, cancellationToken);

    public async Task<IActionResult> OnGetPdfAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await mine.FindAsync(id, User.AccountId()!.Value, cancellationToken) is not { } licence
            || await files.ReadAsync(licence, cancellationToken) is not { } file)
        {
            return NotFound();
        }

        return File(file.Content, "application/pdf", file.FileName);
    }
}
