using EGov.Platform.Identity;
using EGov.Platform.Identity.Authorization;
using EGov.Platform.Notifications;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EGov.Web.Pages.My;

/// <summary>站内消息: what the platform told the person (办件 steps, replies…), newest first; read one or all.</summary>
[Authorize(Policy = PlatformPolicies.Public)]
internal sealed class MessagesModel(SiteMessages messages) : PageModel
{
    public SiteMessagePage Messages { get; private set; } = new([], 0, 0, 1, SiteMessages.PageSize);

    public async Task OnGetAsync(int? p, CancellationToken cancellationToken)
        => Messages = await messages.ListAsync(User.AccountId()!.Value, p ?? 1, cancellationToken);

    public async Task<IActionResult> OnPostReadAsync(Guid? id, int? p, CancellationToken cancellationToken)
    {
        await messages.MarkReadAsync(User.AccountId()!.Value, id, cancellationToken);
        return RedirectToPage(new { p });
    }
}
