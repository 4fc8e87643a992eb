using EGov.Oversight.Contracts;
using EGov.Oversight.Statistics;
using EGov.Platform.Identity.Authorization;
using EGov.Platform.Results;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EGov.Oversight.Areas.Oversight.Pages.Statistics;

/// <summary>月度电子监察报告 for leaders: printable, with the month's headline figures, ranking, cards by rule and red cards.</summary>
[Authorize(Policy = PlatformPolicies.PermissionPrefix + OversightPermissions.Report)]
internal sealed class ReportModel(ReportQuery query) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Month { get; set; }

    public MonthlyReport Report { get; private set; } = null!;

    public string? Problem { get; private set; }

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var result = await query.QueryAsync(Month, cancellationToken);
        if (!result.IsSuccess && result.Error!.Kind != ErrorKind.Forbidden)
        {
            Problem = result.Error.Message;
            result = await query.QueryAsync(null, cancellationToken);
        }

        if (!result.IsSuccess)
        {
            return Forbid();
        }

        Report = result.Value;
        Month = Report.Month;
        return Page();
    }
}
