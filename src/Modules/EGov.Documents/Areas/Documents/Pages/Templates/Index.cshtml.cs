using EGov.Documents.Contracts;
using EGov.Documents.Domain;
using EGov.Documents.Templates;
using EGov.Platform.Identity.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EGov.Documents.Areas.Documents.Pages.Templates;

/// <summary>The agencies' 公文模板 in the manager's scope.</summary>
[Authorize(Policy = PlatformPolicies.PermissionPrefix + DocumentsPermissions.Templates)]
internal sealed class IndexModel(TemplateQueries query) : PageModel
{
    public IReadOnlyList<DocumentTemplate> Templates { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => Templates = await query.ManagedAsync(ct);
}
