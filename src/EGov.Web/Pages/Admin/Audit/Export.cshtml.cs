using EGov.Platform.Audit;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EGov.Web.Pages.Admin.Audit;

/// <summary>The search result as CSV (UTF-8 with BOM for Excel); needs <c>audit.export</c> and is itself audited.</summary>
[Authorize(Policy = AuditPermissions.Export)]
internal sealed class ExportModel(AuditSearch search, TimeProvider clock) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public AuditQueryForm Query { get; set; } = new();

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var result = await search.ExportAsync(Query.ToFilter(), cancellationToken);
        if (!result.IsSuccess)
        {
            return BadRequest(result.Error!.Message);
        }

        Response.ContentType = "text/csv; charset=utf-8";
        var name = $"audit-{clock.GetUtcNow():yyyyMMddHHmmss}.csv";
        Response.Headers.ContentDisposition = $"attachment; filename=\"{name}\"";
        await AuditCsv.WriteAsync(Response.Body, result.Value, cancellationToken);
        return new EmptyResult();
    }
}
