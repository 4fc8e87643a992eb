using EGov.Documents.Contracts;
using EGov.Documents.Incoming;
using EGov.Documents.Incoming.Api;
using EGov.Documents.Incoming.Reading;
using EGov.Platform.Identity.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EGov.Documents.Areas.Documents.Pages.Incoming;

/// <summary>收文 lists by step (待签收 … 已办结, 待阅 for the reader), paged with <c>p</c>, with the Excel export.</summary>
[Authorize(Policy = PlatformPolicies.Staff)]
internal sealed class IndexModel(IncomingQueries query) : PageModel
{
    public IncomingTab Tab { get; private set; }

    public IncomingPage Result { get; private set; } = new([], 0, 1, IncomingQueries.PageSize);

    public bool MayRegisterPaper => User.HasClaim(EGov.Platform.Identity.PlatformClaims.Permission, DocumentsPermissions.Receive);

    public async Task<IActionResult> OnGetAsync(string? tab, string? p, CancellationToken ct)
    {
        if (IncomingTabs.Parse(tab) is not { } parsed || IncomingApi.Page(p) is not { } page)
        {
            return BadRequest();
        }

        Tab = parsed;
        Result = await query.ListAsync(User, parsed, page, ct);
        return Page();
    }

    public static string TabUrl(IncomingTab tab, int page = 1)
        => $"/office/documents/incoming?tab={IncomingTabs.Code(tab)}{(page > 1 ? $"&p={page}" : "")}";
}
