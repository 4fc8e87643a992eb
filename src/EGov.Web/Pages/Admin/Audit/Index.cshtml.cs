using EGov.Platform.Audit;
using EGov.Platform.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace EGov.Web.Pages.Admin.Audit;

/// <summary>The audit administrator's log (等保 8.1.5.2 b: 审计记录的存储、管理和查询); every search is itself audited.</summary>
[Authorize(Policy = AuditPermissions.View)]
internal sealed class IndexModel(AuditSearch search, AuditSealer sealer, AuditVerifier verifier, IAuditLog audit, EGovDbContext db) : PageModel
{
    public const int PageSize = 50;

    [BindProperty(SupportsGet = true)]
    public AuditQueryForm Query { get; set; } = new();

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public AuditPage? Found { get; private set; }
    public AuditCheckpoint? LatestCheckpoint { get; private set; }
    public AuditVerification? Verification { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => await LoadAsync(cancellationToken);

    public async Task OnPostVerifyAsync(CancellationToken cancellationToken)
    {
        await sealer.SealAsync(cancellationToken);
        Verification = await verifier.VerifyAsync(cancellationToken);
        await audit.RecordNowAsync(new AuditRecord("audit.verified", "AuditLog", null,
            Verification.Intact ? AuditOutcome.Success : AuditOutcome.Failure, Verification.Summary()), cancellationToken);
        await LoadAsync(cancellationToken);
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        var result = await search.SearchAsync(Query.ToFilter(), PageNumber, PageSize, cancellationToken);
        if (result.IsSuccess)
        {
            Found = result.Value;
        }
        else
        {
            ModelState.AddModelError("Query.From", result.Error!.Message);
        }

        LatestCheckpoint = await db.Set<AuditCheckpoint>().AsNoTracking().OrderByDescending(c => c.TreeSize).FirstOrDefaultAsync(cancellationToken);
    }
}
