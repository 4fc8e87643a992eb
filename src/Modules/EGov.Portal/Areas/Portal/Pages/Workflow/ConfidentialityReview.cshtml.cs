using EGov.Portal.Contracts;
using EGov.Portal.Workflow;
using EGov.Portal.Workflow.Handlers;
using EGov.Portal.Workflow.Queries;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace EGov.Portal.Areas.Portal.Pages.Workflow;

[Authorize(Policy = "perm:" + PortalPermissions.ConfidentialityReview)]
internal sealed class ConfidentialityReviewModel(ArticleHistory history, WorkflowAccess access, ConfidentialityReviewHandler handler)
    : ArticleStepModel(history, access)
{
    [BindProperty]
    public ConfidentialityReviewInput Input { get; set; } = new();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(id, Actor, Input.Passed, Input.Opinion, cancellationToken);
        return await AfterAsync(id, result, Input.Passed ? "保密审查通过。" : "保密审查不通过，已退回编辑。", cancellationToken);
    }

    protected override Task<bool> MaySeeAsync(ArticleDossier dossier, CancellationToken cancellationToken)
        => Access.IsConfidentialityReviewerAsync(dossier.Site, cancellationToken);
}

internal sealed class ConfidentialityReviewInput
{
    public bool Passed { get; set; } = true;
    public string? Opinion { get; set; }
}
