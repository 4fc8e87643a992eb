using EGov.Interaction.Letters.Writing.Moderation;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EGov.Interaction.Areas.Interaction.Pages.Writing.Moderation;

/// <summary>待审核来信: letters held by the sensitive-word filter, with the words marked; 放行 or 不予受理.</summary>
[Authorize(Policy = "perm:" + Contracts.InteractionPermissions.Dispatch)]
internal sealed class IndexModel(HeldLetters held, HeldLetterHandler handler) : PageModel
{
    public IReadOnlyList<HeldLetter> Letters { get; private set; } = [];

    public string? Message { get; private set; }

    public bool Failed { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) => Letters = await held.ListAsync(cancellationToken);

    public async Task<IActionResult> OnPostReleaseAsync(Guid id, uint version, CancellationToken cancellationToken)
    {
        var result = await handler.ReleaseAsync(id, version, User, cancellationToken);
        return await AfterAsync(result.IsSuccess, result.Error?.Message, "已放行，信件已登记分办。", cancellationToken);
    }

    public async Task<IActionResult> OnPostRejectAsync(Guid id, uint version, string? reason, CancellationToken cancellationToken)
    {
        var result = await handler.RejectAsync(id, version, reason, User, cancellationToken);
        return await AfterAsync(result.IsSuccess, result.Error?.Message, "已不予受理，并告知来信人。", cancellationToken);
    }

    private async Task<IActionResult> AfterAsync(bool ok, string? error, string done, CancellationToken cancellationToken)
    {
        Failed = !ok;
        Message = ok ? done : error;
        Letters = await held.ListAsync(cancellationToken);
        return Page();
    }
}
