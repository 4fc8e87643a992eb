using EGov.Portal.Contracts;
using EGov.Portal.Workflow;
using EGov.Portal.Workflow.Handlers;
using EGov.Portal.Workflow.Queries;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace EGov.Portal.Areas.Portal.Pages.Workflow;

[Authorize(Policy = "perm:" + PortalPermissions.Review)]
internal sealed class ReviewModel(ArticleHistory history, WorkflowAccess access, ReviewHandler handler) : ArticleStepModel(history, access)
{
    [BindProperty]
    public ReviewInput Input { get; set; } = new();

    public async Task<IActionResult> OnPostPassAsync(Guid id, CancellationToken cancellationToken)
        => await AfterAsync(id, await handler.PassAsync(id, Actor, Input.Opinion, cancellationToken), "已审核通过，已送保密审查。", cancellationToken);

    public async Task<IActionResult> OnPostSendBackAsync(Guid id, CancellationToken cancellationToken)
        => await AfterAsync(id, await handler.SendBackAsync(id, Actor, Input.Comment, cancellationToken), "已退回编辑修改。", cancellationToken);

    protected override Task<bool> MaySeeAsync(ArticleDossier dossier, CancellationToken cancellationToken)
        => Access.IsReviewerAsync(dossier.Site, cancellationToken);
}

internal sealed class ReviewInput
{
    public string? Opinion { get; set; }
    public string? Comment { get; set; }
}
