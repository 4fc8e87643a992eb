using EGov.Documents.Contracts;
using EGov.Documents.Statistics;
using EGov.Platform.Identity.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EGov.Documents.Areas.Documents.Pages.Statistics;

/// <summary>公文统计: the year's figures per department, the paperless share against the plan's 90 %, Excel export.</summary>
[Authorize(Policy = PlatformPolicies.PermissionPrefix + DocumentsPermissions.Statistics)]
internal sealed class IndexModel(StatisticsQuery query, TimeProvider time) : PageModel
{
    public DocumentStatistics Statistics { get; private set; } = null!;

    public async Task OnGetAsync(int? year, CancellationToken ct)
        => Statistics = await query.ForYearAsync(StatisticsYear.Of(year, time), ct);

    public async Task<IActionResult> OnGetExcelAsync(int? year, CancellationToken ct)
    {
        var statistics = await query.ForYearAsync(StatisticsYear.Of(year, time), ct);
        return File(StatisticsWorkbook.Build(statistics), "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", $"{statistics.Year}年公文统计.xlsx");
    }

    public static string Percent(decimal? share) => share is { } s ? $"{s * 100:0.0}%" : "—";
}
