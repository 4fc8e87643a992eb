using EGov.Portal.Authoring;
using EGov.Portal.Authoring.Sites;
using EGov.Portal.Contracts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EGov.Portal.Areas.Portal.Pages.Authoring.Sites;

/// <summary>A site's channel tree and the form to add a channel.</summary>
[Authorize(Policy = "perm:" + PortalPermissions.Manage)]
internal sealed class ChannelsModel(SiteQueries queries, SaveChannelHandler handler) : SitePageModel
{
    [BindProperty]
    public ChannelInput Input { get; set; } = new();

    public SiteLine? Site { get; private set; }
    public IReadOnlyList<ChannelLine> Channels { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, Guid? parent, CancellationToken cancellationToken)
    {
        Input.ParentId = parent;
        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var saved = await handler.SaveAsync(id, null, Input.ToFields() with { Version = 0 }, cancellationToken);
        return await AfterAsync(saved.Error, $"栏目“{Input.Name}”已建立。", $"/office/portal/sites/{id}/channels", () => LoadAsync(id, cancellationToken));
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var site = await queries.SiteAsync(id, cancellationToken);
        if (!site.IsSuccess)
        {
            return false;
        }

        Site = site.Value;
        Channels = await queries.ChannelsAsync(id, cancellationToken);
        return true;
    }
}
