using EGov.Platform.Results;
using EGov.Portal.Workflow;
using EGov.Portal.Workflow.Queries;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EGov.Portal.Areas.Portal.Pages.Workflow;

/// <summary>
/// A page that shows one article read-only with its history and offers one workflow step. Only people who have a step
/// to take on the article see it; others get 403.
/// </summary>
internal abstract class ArticleStepModel(ArticleHistory history, WorkflowAccess access) : PageModel
{
    public ArticleDossier Dossier { get; private set; } = null!;

    protected WorkflowAccess Access { get; } = access;

    /// <summary>Shown after a step succeeded (post-redirect-get).</summary>
    [TempData]
    public string? Done { get; set; }

    protected Actor Actor => Actor.Of(User) ?? throw new InvalidOperationException("staff page without a signed-in user");

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken) => await LoadAsync(id, cancellationToken) ?? Page();

    /// <summary>Loads the article; a result (404 or 403) when the user may not see it.</summary>
    protected async Task<IActionResult?> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await history.FindAsync(id, cancellationToken) is not { } dossier)
        {
            return NotFound();
        }

        if (!await MaySeeAsync(dossier, cancellationToken))
        {
            return Forbid();
        }

        Dossier = dossier;
        return null;
    }

    protected virtual Task<bool> MaySeeAsync(ArticleDossier dossier, CancellationToken cancellationToken)
        => Access.MaySeeAsync(Actor, dossier.Article, dossier.Site, cancellationToken);

    /// <summary>After a step: back to this page with a message, or the form again with the error.</summary>
    protected async Task<IActionResult> AfterAsync(Guid id, Result result, string done, CancellationToken cancellationToken)
    {
        if (result.IsSuccess)
        {
            Done = done;
            return LocalRedirect(Request.Path);
        }

        AddError(result.Error!);
        return await LoadAsync(id, cancellationToken) ?? Page();
    }

    protected void AddError(Error error)
    {
        foreach (var (field, messages) in error.Fields ?? new Dictionary<string, string[]> { [""] = [error.Message] })
        {
            foreach (var message in messages)
            {
                ModelState.AddModelError(field.Length == 0 ? "" : $"Input.{char.ToUpperInvariant(field[0])}{field[1..]}", message);
            }
        }
    }
}
