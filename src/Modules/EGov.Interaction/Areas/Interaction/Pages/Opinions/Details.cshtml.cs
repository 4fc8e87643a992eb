using EGov.Interaction.Opinions;
using EGov.Interaction.Opinions.Public;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.AspNetCore.RateLimiting;

namespace EGov.Interaction.Areas.Interaction.Pages.Opinions;

/// <summary>One collection: the description, the draft, the dates; while open the opinion form; after feedback the 采纳情况.</summary>
[AllowAnonymous]
[EnableRateLimiting("public-form")]
internal sealed class DetailsModel(PublicCollections collections, SubmitOpinionHandler handler) : PageModel
{
    public CollectionView Collection { get; private set; } = null!;

    [BindProperty]
    public OpinionInput Input { get; set; } = new();

    public string? Receipt { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
        => await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var result = await handler.SubmitAsync(id, Input, User, cancellationToken);
        if (!result.IsSuccess)
        {
            ConsultDisplay.AddTo(ModelState, result.Error!);
            return Page();
        }

        Receipt = result.Value.Message;
        Input = new OpinionInput();
        ModelState.Clear();
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        Collection = (await collections.FindAsync(id, cancellationToken))!;
        return Collection is not null;
    }
}
