using EGov.Platform.Identity.Authorization;
using EGov.Portal.Authoring.Versions;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EGov.Portal.Areas.Portal.Pages.Authoring.Articles;

/// <summary>The versions of an article and a readable diff between any two (the last two by default).</summary>
[Authorize(Policy = PlatformPolicies.Staff)]
internal sealed class RevisionsModel(RevisionQueries revisions) : PageModel
{
    public Guid Id { get; private set; }
    public IReadOnlyList<RevisionSummary> Revisions { get; private set; } = [];
    public int From { get; private set; }
    public int To { get; private set; }
    public RevisionComparison? Comparison { get; private set; }
    public string? Error { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, int? from, int? to, CancellationToken cancellationToken)
    {
        var list = await revisions.ListAsync(id, cancellationToken);
        if (!list.IsSuccess)
        {
            return NotFound();
        }

        Id = id;
        Revisions = list.Value;
        if (Revisions.Count < 2 && from is null)
        {
            return Page();
        }

        To = to ?? Revisions[0].Number;
        From = from ?? Revisions[1].Number;
        var compared = await revisions.CompareAsync(id, From, To, cancellationToken);
        Comparison = compared.IsSuccess ? compared.Value : null;
        Error = compared.Error?.Message;
        return Page();
    }
}
