using EGov.Platform.Identity.Authorization;
using EGov.Portal.Workflow;
using EGov.Portal.Workflow.Handlers;
using EGov.Portal.Workflow.Queries;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace EGov.Portal.Areas.Portal.Pages.Workflow;

[Authorize(Policy = PlatformPolicies.Staff)]
internal sealed class WithdrawModel(ArticleHistory history, WorkflowAccess access, WithdrawHandler handler) : ArticleStepModel(history, access)
{
    [BindProperty]
    public WithdrawInput Input { get; set; } = new();

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
        => await AfterAsync(id, await handler.WithdrawAsync(id, Actor, Input.Reason, cancellationToken), "稿件已撤下。", cancellationToken);
}

internal sealed class WithdrawInput
{
    public string? Reason { get; set; }
}
