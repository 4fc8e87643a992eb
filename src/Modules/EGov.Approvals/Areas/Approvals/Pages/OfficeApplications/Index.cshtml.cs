using EGov.Approvals.Applications.Handling.Dossier;
using EGov.Approvals.Domain.Applications;
using EGov.Approvals.Domain.Items;
using EGov.Platform.Data;
using EGov.Platform.Identity.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace EGov.Approvals.Areas.Approvals.Pages.OfficeApplications;

/// <summary>办件办理: the applications in the user's scope with their nearest due date and warning level.</summary>
[Authorize(Policy = PlatformPolicies.Staff)]
internal sealed class IndexModel(ApplicationListQuery query, EGovDbContext db) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public ApplicationState? State { get; set; }

    [BindProperty(SupportsGet = true)]
    public Guid? Item { get; set; }

    [BindProperty(SupportsGet = true)]
    public ApplicationChannel? Channel { get; set; }

    [BindProperty(SupportsGet = true)]
    public bool Overdue { get; set; }

    [BindProperty(SupportsGet = true, Name = "p")]
    public int PageNumber { get; set; } = 1;

    public ApplicationPage Result { get; private set; } = new([], 0, 1, ApplicationListQuery.PageSize);

    public IReadOnlyList<(Guid Id, string Name)> Items { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Result = await query.ListAsync(User, new ApplicationFilter(State, Item, Channel, Overdue, PageNumber), cancellationToken);
        var items = await db.Set<ServiceItem>().AsNoTracking().Where(i => i.Status != ItemStatus.Draft).OrderBy(i => i.Name)
            .Select(i => new { i.Id, i.Name }).ToListAsync(cancellationToken);
        Items = [.. items.Select(i => (i.Id, i.Name))];
    }

    public string PageLink(int page)
        => $"?state={State}&item={Item}&channel={Channel}&overdue={(Overdue ? "true" : "false")}&p={page}";
}
