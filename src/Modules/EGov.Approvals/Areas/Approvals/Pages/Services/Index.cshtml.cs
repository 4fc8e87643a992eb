using EGov.Approvals.Catalog.Public;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EGov.Approvals.Areas.Approvals.Pages.Services;

/// <summary>办事服务 home: search, departments with their item counts, topics for people and for enterprises.</summary>
[AllowAnonymous]
internal sealed class IndexModel(PublicItems items) : PageModel
{
    public IReadOnlyList<DepartmentCount> Departments { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Departments = await items.DepartmentsAsync(cancellationToken);
}
