using EGov.Disclosure.Agencies;
using EGov.Disclosure.Domain.Reports;
using EGov.Disclosure.Reports.Handling;
using EGov.Platform.Identity.Authorization;
using EGov.Platform.Time;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EGov.Disclosure.Areas.Disclosure.Pages.OfficeReports;

/// <summary>公开年报: the reports of the agencies in scope for the last years, with their state and deadline.</summary>
[Authorize(Policy = PlatformPolicies.Staff)]
internal sealed class IndexModel(ReportScope scope, ReportQueries queries, TimeProvider time) : PageModel
{
    public const int Years = 5;

    public IReadOnlyList<AgencyInfo> Agencies { get; private set; } = [];

    public IReadOnlyList<int> YearList { get; private set; } = [];

    public IReadOnlyDictionary<(Guid AgencyId, int Year), AnnualReportStatus> Statuses { get; private set; } = new Dictionary<(Guid, int), AnnualReportStatus>();

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        Agencies = await scope.ReadableAsync(cancellationToken);
        if (Agencies.Count == 0)
        {
            return Forbid();
        }

        var thisYear = ChinaTime.Today(time).Year;
        YearList = [.. Enumerable.Range(0, Years).Select(i => thisYear - i)];
        Statuses = await queries.StatusesAsync([.. Agencies.Select(a => a.DepartmentId)], cancellationToken);
        return Page();
    }
}
