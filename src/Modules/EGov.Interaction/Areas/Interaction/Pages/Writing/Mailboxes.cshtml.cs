using EGov.Interaction.Letters.Writing;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EGov.Interaction.Areas.Interaction.Pages.Writing;

/// <summary>信箱列表: 区长信箱 first, each with what it is for and a 写信 button.</summary>
[AllowAnonymous]
internal sealed class MailboxesModel(MailboxDirectory mailboxes) : PageModel
{
    public IReadOnlyList<MailboxEntry> Mailboxes { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Mailboxes = await mailboxes.ActiveAsync(cancellationToken);
}
