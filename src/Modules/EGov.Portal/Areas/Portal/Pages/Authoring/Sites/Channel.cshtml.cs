using EGov.Portal.Authoring;
using EGov.Portal.Authoring.Sites;
using EGov.Portal.Contracts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EGov.Portal.Areas.Portal.Pages.Authoring.Sites;

/// <summary>Renames, re-kinds, reorders or moves one channel; deletes it when empty.</summary>
[Authorize(Policy = "perm:" + PortalPermissions.Manage)]
internal sealed class ChannelModel(SiteQueries queries, SaveChannelHandler save, DeleteChannelHandler delete) : SitePageModel
{
    [BindProperty]
    public ChannelInput Input { get; set; } = new();

    public SiteLine? Site { get; private set; }
    public ChannelLine? Channel { get; private set; }
    public IReadOnlyList<ChannelLine> Channels { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, Guid channelId, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, channelId, cancellationToken))
        {
            return NotFound();
        }

        Input = ChannelInput.From(Channel!);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, Guid channelId, CancellationToken cancellationToken)
    {
        var saved = await save.SaveAsync(id, channelId, Input.ToFields(), cancellationToken);
        return await AfterAsync(saved.Error, "栏目已保存。", $"/office/portal/sites/{id}/channels", () => LoadAsync(id, channelId, cancellationToken));
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid id, Guid channelId, CancellationToken cancellationToken)
    {
        var deleted = await delete.HandleAsync(id, channelId, cancellationToken);
        if (deleted.IsSuccess)
        {
            TempData["Message"] = "栏目已删除。";
            return LocalRedirect($"/office/portal/sites/{id}/channels");
        }

        ModelState.AddModelError("", deleted.Error!.Message);
        if (!await LoadAsync(id, channelId, cancellationToken))
        {
            return NotFound();
        }

        Input = ChannelInput.From(Channel!);
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, Guid channelId, CancellationToken cancellationToken)
    {
        var site = await queries.SiteAsync(id, cancellationToken);
        if (!site.IsSuccess)
        {
            return false;
        }

        Site = site.Value;
        Channels = await queries.ChannelsAsync(id, cancellationToken);
        Channel = Channels.FirstOrDefault(c => c.Id == channelId);
        return Channel is not null;
    }
}
