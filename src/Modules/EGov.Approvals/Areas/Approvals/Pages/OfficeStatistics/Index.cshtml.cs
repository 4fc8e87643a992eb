using System.Text.Json;
using EGov.Approvals.Contracts;
using EGov.Approvals.Statistics;
using EGov.Platform.Identity.Authorization;
using EGov.Platform.Organization;
using EGov.Platform.Organization.Scope;
using EGov.Platform.Results;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EGov.Approvals.Areas.Approvals.Pages.OfficeStatistics;

/// <summary>政务服务统计 of a period, by department and month, with the plan's targets, as charts and tables.</summary>
[Authorize(Policy = PlatformPolicies.PermissionPrefix + ApprovalsPermissions.View)]
internal sealed class IndexModel(StatisticsHandler handler, IDepartmentScope scope, IOrganizationDirectory directory) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public DateOnly? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public DateOnly? To { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? Department { get; set; }

    public ServiceStatistics Statistics { get; private set; } = null!;

    public IReadOnlyList<DepartmentInfo> Departments { get; private set; } = [];

    public string? Problem { get; private set; }

    public string ExcelUrl => $"/api/v1/approvals/statistics/excel?from={Statistics.From:yyyy-MM-dd}&to={Statistics.To:yyyy-MM-dd}&department={Statistics.DepartmentId}";

    /// <summary>The chart data for the script (a JSON block, not inline code, under the CSP).</summary>
    public string ChartJson => JsonSerializer.Serialize(new
    {
        departments = Statistics.ByDepartment.Select(d => d.Name),
        online = Statistics.ByDepartment.Select(d => d.Applications.ReceivedOnline),
        window = Statistics.ByDepartment.Select(d => d.Applications.ReceivedWindow),
        months = Statistics.ByMonth.Select(m => $"{m.Year}年{m.Month}月"),
        received = Statistics.ByMonth.Select(m => m.ReceivedOnline + m.ReceivedWindow),
        concluded = Statistics.ByMonth.Select(m => m.Concluded),
        ratings = Statistics.ByMonth.Select(m => m.Ratings),
        targets = Statistics.Targets.Select(t => new { name = t.Name, target = t.Target * 100, actual = t.Actual is { } a ? Math.Round(a * 100, 1) : 0 }),
    });

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var result = await handler.QueryAsync(From, To, Department, cancellationToken);
        if (!result.IsSuccess)
        {
            if (result.Error!.Kind == ErrorKind.Forbidden)
            {
                return Forbid();
            }

            Problem = result.Error.Message;
            result = await handler.QueryAsync(null, null, Department, cancellationToken);
        }

        Statistics = result.Value;
        (From, To) = (Statistics.From, Statistics.To);
        var inScope = await scope.ForPermissionAsync(ApprovalsPermissions.View, cancellationToken);
        Departments = [.. (await directory.TreeAsync(cancellationToken)).Where(d => d.IsActive && d.Depth > 0 && inScope.Contains(d.Id))];
        return Page();
    }
}
