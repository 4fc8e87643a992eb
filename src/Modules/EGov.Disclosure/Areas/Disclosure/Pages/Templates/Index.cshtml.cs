using EGov.Disclosure.Contracts;
using EGov.Disclosure.Letters.Templates;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EGov.Disclosure.Areas.Disclosure.Pages.Templates;

/// <summary>The letter kinds of one agency in the manager's scope, and whether each has the agency's own text.</summary>
[Authorize(Policy = "perm:" + DisclosurePermissions.Manage)]
internal sealed class IndexModel(TemplateAgencies owners, TemplateQueries queries) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public string? Agency { get; set; }

    public IReadOnlyList<TemplateOwner> Owners { get; private set; } = [];
    public TemplateOwner? Owner { get; private set; }
    public IReadOnlyList<TemplateLine> Lines { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Owners = await owners.ListAsync(cancellationToken);
        Owner = Owners.FirstOrDefault(o => string.Equals(o.Code, Agency, StringComparison.OrdinalIgnoreCase))
            ?? Owners.FirstOrDefault(o => o.AgencyId is not null) ?? (Owners.Count > 0 ? Owners[0] : null);
        if (Owner is not null)
        {
            Lines = (await queries.ListAsync(Owner.Code, cancellationToken)).Value;
        }
    }
}
