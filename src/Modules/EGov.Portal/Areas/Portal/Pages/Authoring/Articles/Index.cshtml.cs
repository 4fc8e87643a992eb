using EGov.Portal.Authoring.Editing;
using EGov.Portal.Authoring.Scope;
using EGov.Portal.Contracts;
using EGov.Portal.Domain.Articles;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EGov.Portal.Areas.Portal.Pages.Authoring.Articles;

/// <summary>The editor's articles in the sites and channels of their grants, with their workflow state.</summary>
[Authorize(Policy = "perm:" + PortalPermissions.Edit)]
internal sealed class IndexModel(ArticleList articles, EditorScope scope) : PageModel
{
    public Guid? Site { get; private set; }
    public Guid? Channel { get; private set; }
    public ArticleStatus? Status { get; private set; }
    public IReadOnlyList<WritableChannel> Channels { get; private set; } = [];
    public ArticleListPage List { get; private set; } = new([], 0, 1, ArticleList.PageSize);

    public async Task OnGetAsync(Guid? site, Guid? channel, ArticleStatus? status, int? p, CancellationToken cancellationToken)
    {
        (Site, Channel, Status) = (site, channel, status);
        Channels = await scope.WritableChannelsAsync(cancellationToken);
        List = await articles.QueryAsync(new ArticleListFilter(site, channel, status, p ?? 1), cancellationToken);
    }
}
