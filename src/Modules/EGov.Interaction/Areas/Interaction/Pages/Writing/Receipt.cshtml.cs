using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EGov.Interaction.Areas.Interaction.Pages.Writing;

/// <summary>写信回执: shown once after submitting; the query code is never shown again.</summary>
[AllowAnonymous]
internal sealed class ReceiptModel : PageModel
{
    public LetterReceipt? Receipt { get; private set; }

    public void OnGet() => Receipt = LetterReceipt.Take(TempData);
}
