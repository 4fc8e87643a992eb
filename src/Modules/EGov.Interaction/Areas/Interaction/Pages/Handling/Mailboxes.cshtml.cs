using EGov.Interaction.Contracts;
using EGov.Interaction.Domain.Mailboxes;
using EGov.Interaction.Letters.Handling.Settings;
using EGov.Platform.Identity.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace EGov.Interaction.Areas.Interaction.Pages.Handling;

/// <summary>信箱: name, description, open or closed, order.</summary>
[Authorize(Policy = PlatformPolicies.PermissionPrefix + InteractionPermissions.Manage)]
internal sealed class MailboxesModel(MailboxEditor editor) : SettingsPage
{
    public List<Mailbox> Mailboxes { get; private set; } = [];

    [BindProperty(SupportsGet = true)]
    public Guid? Edit { get; set; }

    public Mailbox? Editing => Mailboxes.Find(m => m.Id == Edit);

    public async Task OnGetAsync(CancellationToken ct) => Mailboxes = await editor.ListAsync(ct);

    public async Task<IActionResult> OnPostSaveAsync(Guid id, string? name, string? description, bool isActive, int order, long? version, CancellationToken ct)
        => await DoneAsync(
            (await editor.SaveAsync(id, new MailboxInput(name, description, isActive, order), version, ct)).Error, "信箱已保存。", async () => Mailboxes = await editor.ListAsync(ct));
}
