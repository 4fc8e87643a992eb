using EGov.Approvals.Applications.Intake.Forms;
using EGov.Approvals.Applications.Intake.Tracking;
using EGov.Approvals.Domain.Applications;
using EGov.Approvals.Domain.Items;
using EGov.Platform.Data;
using EGov.Platform.Identity;
using EGov.Platform.Identity.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace EGov.Approvals.Areas.Approvals.Pages.My;

/// <summary>One of the account's applications: progress, form, materials, documents, and the actions its state allows.</summary>
[Authorize(Policy = PlatformPolicies.Public)]
internal sealed class DetailModel(ApplicationTracking tracking, EGovDbContext db) : PageModel
{
    public TrackingView View { get; private set; } = null!;

    public IReadOnlyList<FormLine> FormLines { get; private set; } = [];

    public IReadOnlyList<ApplicationMaterial> Materials { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await tracking.FindForAccountAsync(id, User.AccountId()!.Value, cancellationToken) is not { } view)
        {
            return NotFound();
        }

        View = view;
        var formData = await db.Set<Application>().AsNoTracking().Where(a => a.Id == id).Select(a => new { a.FormData, a.ItemId }).SingleAsync(cancellationToken);
        var fields = await db.Set<FormField>().AsNoTracking().Where(f => f.ItemId == formData.ItemId).ToListAsync(cancellationToken);
        FormLines = FormDisplay.Lines(fields, formData.FormData);
        Materials = await db.Set<ApplicationMaterial>().AsNoTracking().Where(m => m.ApplicationId == id).OrderBy(m => m.AddedAt).ToListAsync(cancellationToken);
        Response.Headers.CacheControl = "no-store";
        return Page();
    }
}
