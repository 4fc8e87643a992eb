using EGov.Interaction.Letters.Publication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EGov.Interaction.Areas.Interaction.Pages.Publication;

/// <summary>互动交流 home: write to a mailbox, read the replies, see the figures and what is open for the public now.</summary>
[AllowAnonymous]
internal sealed class HomeModel(InteractionHome home) : PageModel
{
    public InteractionHomeView View { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) => View = await home.ReadAsync(cancellationToken);
}
