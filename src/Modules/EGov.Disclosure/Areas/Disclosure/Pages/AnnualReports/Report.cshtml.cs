using EGov.Disclosure.Reports.Handling;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EGov.Disclosure.Areas.Disclosure.Pages.AnnualReports;

/// <summary>One published annual report; without <c>agency</c> the district government's. Drafts are not public.</summary>
[AllowAnonymous]
internal sealed class ReportModel(ReportQueries queries) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Agency { get; set; }

    public AnnualReportView Report { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(int year, CancellationToken cancellationToken)
    {
        var result = await queries.PublishedAsync(year, Agency, cancellationToken);
        if (!result.IsSuccess)
        {
            return NotFound();
        }

        Report = result.Value;
        return Page();
    }
}
