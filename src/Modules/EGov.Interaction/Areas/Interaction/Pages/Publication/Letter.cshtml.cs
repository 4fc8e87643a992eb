using EGov.Interaction.Letters.Publication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EGov.Interaction.Areas.Interaction.Pages.Publication;

/// <summary>One published letter with its reply and rating; an unpublished one does not exist for the public (404).</summary>
[AllowAnonymous]
internal sealed class LetterModel(PublishedLetters letters) : PageModel
{
    public PublishedLetter Letter { get; private set; } = null!;

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await letters.FindAsync(id, cancellationToken) is not { } letter)
        {
            return NotFound();
        }

        Letter = letter;
        return Page();
    }
}
