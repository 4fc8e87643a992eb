using System.Text.Json;
using EGov.Oversight.Board;
using EGov.Oversight.Contracts;
using EGov.Oversight.Scan;
using EGov.Platform.Clocks;
using EGov.Platform.Identity;
using EGov.Platform.Identity.Authorization;
using EGov.Platform.Organization;
using EGov.Platform.Organization.Scope;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EGov.Oversight.Areas.Oversight.Pages.Board;

/// <summary>电子监察看板: the counts per level, module and department, the filtered list of clocks and its export.</summary>
[Authorize(Policy = PlatformPolicies.PermissionPrefix + OversightPermissions.Watch)]
internal sealed class IndexModel(BoardFilterParser parser, BoardQueries queries, IDepartmentScope scope, BoardNames names, ClockTypes types) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Module { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Department { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Item { get; set; }

    [BindProperty(SupportsGet = true)]
    public string? Level { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public string? PageNumber { get; set; }

    public BoardFilter Filter { get; private set; } = BoardFilter.None;
    public BoardSummary Summary { get; private set; } = null!;
    public BoardPage Clocks { get; private set; } = null!;
    public string? Problem { get; private set; }
    public IReadOnlyList<DepartmentInfo> Departments { get; private set; } = [];
    public IReadOnlyList<(string Module, string Name)> Modules => [.. types.All.DistinctBy(t => t.Module).Select(t => (t.Module, t.ModuleName))];
    public bool CanScan => User.HasPermission(OversightPermissions.Supervise);

    /// <summary>The chart's data for the script (a JSON block, not inline code, under the CSP).</summary>
    public string ChartJson => JsonSerializer.Serialize(new
    {
        modules = Summary.ByModule.Select(m => m.Name),
        levels = BoardLevelNames.All.Select(l => new { code = BoardLevelNames.Code(l), name = BoardLevelNames.Name(l), counts = Summary.ByModule.Select(m => m.Counts[l]) }),
    });

    public async Task<IActionResult> OnGetAsync(CancellationToken ct)
    {
        var filter = await parser.ParseAsync(Module, Department, Item, Level, ct);
        var page = BoardFilterParser.ParsePage(PageNumber);
        Problem = (filter.Error ?? page.Error)?.Message;
        Filter = filter.IsSuccess ? filter.Value : BoardFilter.None;
        var inScope = await scope.ForPermissionAsync(OversightPermissions.Watch, ct);
        Summary = await queries.SummaryAsync(Filter, inScope, ct);
        Clocks = await queries.ClocksAsync(Filter, inScope, page.IsSuccess ? page.Value : 1, cancellationToken: ct);
        Departments = [.. (await names.TreeAsync(ct)).Where(d => d.IsActive && inScope.Contains(d.Id))];
        return Page();
    }

    [TempData]
    public string? ScanMessage { get; set; }

    /// <summary>立即扫描 (supervisors): runs the scan now and reports what it raised.</summary>
    public async Task<IActionResult> OnPostScanAsync([FromServices] RunScanHandler scan, CancellationToken ct)
    {
        if (!CanScan)
        {
            return Forbid();
        }

        var result = await scan.RunAsync(ct);
        ScanMessage = $"扫描完成：新发出黄牌红牌和异常 {result.Total} 张（其中黄牌升级红牌 {result.Escalated} 张），进入部门待办 {result.InboxItems} 项，用时 {result.ElapsedMilliseconds} 毫秒。";
        return RedirectToPage();
    }

    public string PageLink(int page) => $"/office/oversight?{Filter.Query()}&p={page}#clocks";
}
