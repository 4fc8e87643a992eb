using EGov.Oversight.Contracts;
using EGov.Oversight.Statistics;
using EGov.Platform.Identity.Authorization;
using EGov.Platform.Organization;
using EGov.Platform.Organization.Scope;
using EGov.Platform.Results;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EGov.Oversight.Areas.Oversight.Pages.Statistics;

/// <summary>电子监察统计: the ranking and the figures by 事项 and month for a range of months, as charts and tables.</summary>
[Authorize(Policy = PlatformPolicies.PermissionPrefix + OversightPermissions.Report)]
internal sealed class IndexModel(StatisticsQuery query, IDepartmentScope scope, IOrganizationDirectory directory) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? From { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? To { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Department { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Module { get; set; }

    public OversightStatistics Statistics { get; private set; } = null!;

    public IReadOnlyList<DepartmentInfo> Departments { get; private set; } = [];

    public IReadOnlyDictionary<string, string> Modules => query.Modules;

    public string? Problem { get; private set; }

    public string ExcelUrl => $"/office/oversight/statistics.xlsx?from={Statistics.From}&to={Statistics.To}&department={Statistics.DepartmentId}&module={Uri.EscapeDataString(Statistics.Module ?? "")}";

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var result = await query.QueryAsync(From, To, Department, Module, cancellationToken);
        if (!result.IsSuccess)
        {
            if (result.Error!.Kind == ErrorKind.Forbidden)
            {
                return Forbid();
            }

            Problem = result.Error.Message;
            result = await query.QueryAsync(null, null, null, null, cancellationToken);
            if (!result.IsSuccess)
            {
                return Forbid();
            }
        }

        Statistics = result.Value;
        (From, To) = (Statistics.From, Statistics.To);
        var inScope = await scope.ForPermissionAsync(OversightPermissions.Report, cancellationToken);
        Departments = [.. (await directory.TreeAsync(cancellationToken)).Where(d => d.IsActive && d.Depth > 0 && inScope.Contains(d.Id))];
        return Page();
    }
}
