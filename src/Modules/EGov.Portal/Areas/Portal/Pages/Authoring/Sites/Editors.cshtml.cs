using EGov.Portal.Authoring;
using EGov.Portal.Authoring.Sites;
using EGov.Portal.Contracts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EGov.Portal.Areas.Portal.Pages.Authoring.Sites;

internal sealed class GrantInput
{
    public string? UserName { get; set; }
    public Guid? ChannelId { get; set; }
}

/// <summary>Who may edit in a site: whole site or one channel with its descendants.</summary>
[Authorize(Policy = "perm:" + PortalPermissions.Manage)]
internal sealed class EditorsModel(SiteQueries queries, EditorGrantHandler handler) : SitePageModel
{
    [BindProperty]
    public GrantInput Grant { get; set; } = new();

    public SiteLine? Site { get; private set; }
    public IReadOnlyList<ChannelLine> Channels { get; private set; } = [];
    public IReadOnlyList<GrantLine> Grants { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
        => await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostGrantAsync(Guid id, CancellationToken cancellationToken)
    {
        var granted = await handler.GrantAsync(id, Grant.UserName, Grant.ChannelId, cancellationToken);
        return await AfterAsync(granted.Error, $"已授权 {Grant.UserName?.Trim()}。", $"/office/portal/sites/{id}/editors", () => LoadAsync(id, cancellationToken), "Grant");
    }

    public async Task<IActionResult> OnPostRevokeAsync(Guid id, Guid grantId, CancellationToken cancellationToken)
    {
        var revoked = await handler.RevokeAsync(id, grantId, cancellationToken);
        return await AfterAsync(revoked.Error, "已取消授权。", $"/office/portal/sites/{id}/editors", () => LoadAsync(id, cancellationToken));
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
        Grants = await queries.GrantsAsync(id, cancellationToken);
        return true;
    }
}
