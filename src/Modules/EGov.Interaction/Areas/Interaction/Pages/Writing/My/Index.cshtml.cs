using EGov.Interaction.Letters.Writing.Tracking;
using EGov.Platform.Identity;
using EGov.Platform.Identity.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EGov.Interaction.Areas.Interaction.Pages.Writing.My;

/// <summary>我的信件: the letters the signed-in writer wrote, newest first.</summary>
[Authorize(Policy = PlatformPolicies.Public)]
internal sealed class IndexModel(LetterTracking tracking) : PageModel
{
    public IReadOnlyList<LetterSummary> Letters { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
        => Letters = await tracking.ListOwnAsync(User.AccountId()!.Value, cancellationToken);
}
