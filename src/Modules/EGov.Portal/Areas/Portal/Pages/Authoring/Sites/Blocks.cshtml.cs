using EGov.Portal.Authoring;
using EGov.Portal.Authoring.Sites;
using EGov.Portal.Contracts;
using EGov.Portal.Domain.Sites;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EGov.Portal.Areas.Portal.Pages.Authoring.Sites;

internal sealed class BlockInput
{
    public Guid ChannelId { get; set; }
    public string? Title { get; set; }
    public HomeBlockLayout Layout { get; set; } = HomeBlockLayout.List;
    public int ItemCount { get; set; } = 6;
    public int SortOrder { get; set; }
}

/// <summary>The blocks of a site's home page.</summary>
[Authorize(Policy = "perm:" + PortalPermissions.Manage)]
internal sealed class BlocksModel(SiteQueries queries, HomeBlockHandler handler) : SitePageModel
{
    [BindProperty]
    public BlockInput Block { get; set; } = new();

    public SiteLine? Site { get; private set; }
    public IReadOnlyList<ChannelLine> Channels { get; private set; } = [];
    public IReadOnlyList<BlockLine> Blocks { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
        => await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostSaveAsync(Guid id, Guid? blockId, CancellationToken cancellationToken)
    {
        var saved = await handler.SaveAsync(id, blockId, new HomeBlockFields(Block.ChannelId, Block.Title, Block.Layout, Block.ItemCount, Block.SortOrder), cancellationToken);
        return await AfterAsync(saved.Error, "首页区块已保存。", $"/office/portal/sites/{id}/blocks", () => LoadAsync(id, cancellationToken), "Block");
    }

    public async Task<IActionResult> OnPostDeleteAsync(Guid id, Guid blockId, CancellationToken cancellationToken)
    {
        var deleted = await handler.DeleteAsync(id, blockId, cancellationToken);
        return await AfterAsync(deleted.Error, "首页区块已删除。", $"/office/portal/sites/{id}/blocks", () => LoadAsync(id, cancellationToken));
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
        Blocks = await queries.BlocksAsync(id, cancellationToken);
        return true;
    }
}
