using EGov.Platform.Data;
using EGov.Portal.Contracts;
using EGov.Portal.Domain.Channels;
using EGov.Portal.Domain.Sites;
using EGov.Portal.Workflow;
using EGov.Portal.Workflow.Handlers;
using EGov.Portal.Workflow.Queries;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Rendering;
using Microsoft.EntityFrameworkCore;

namespace EGov.Portal.Areas.Portal.Pages.Workflow;

[Authorize(Policy = "perm:" + PortalPermissions.Edit)]
internal sealed class PushModel(ArticleHistory history, WorkflowAccess access, PushHandler handler, EGovDbContext db) : ArticleStepModel(history, access)
{
    [BindProperty]
    public PushInput Input { get; set; } = new();

    public List<SelectListItem> Channels { get; private set; } = [];

    public override async Task OnPageHandlerExecutionAsync(Microsoft.AspNetCore.Mvc.Filters.PageHandlerExecutingContext context, Microsoft.AspNetCore.Mvc.Filters.PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(next);
        Channels = await (
            from c in db.Set<Channel>().AsNoTracking()
            join s in db.Set<Site>() on c.SiteId equals s.Id
            where s.IsPortal && c.Kind != ChannelKind.Link
            orderby s.SortOrder, c.SortOrder
            select new SelectListItem($"{s.Name} / {c.Name}", c.Id.ToString()))
            .ToListAsync(HttpContext.RequestAborted);
        await next();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(id, Actor, Input.ChannelId, cancellationToken);
        return await AfterAsync(id, result.IsSuccess ? EGov.Platform.Results.Result.Success() : result.Error!, "已推送，等待门户网站处理。", cancellationToken);
    }

    protected override Task<bool> MaySeeAsync(ArticleDossier dossier, CancellationToken cancellationToken)
        => Access.IsEditorAsync(Actor, dossier.Article, cancellationToken);
}

internal sealed class PushInput
{
    public Guid ChannelId { get; set; }
}
