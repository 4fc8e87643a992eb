using EGov.Disclosure.Reports.Handling;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EGov.Disclosure.Areas.Disclosure.Pages.AnnualReports;

/// <summary>政府信息公开工作年度报告: every published report, newest year first, the district government first.</summary>
[AllowAnonymous]
internal sealed class IndexModel(ReportQueries queries) : PageModel
{
    public IReadOnlyList<PublishedReportLine> Reports { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Reports = await queries.ListPublishedAsync(cancellationToken);
}
