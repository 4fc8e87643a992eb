using EGov.Platform.Identity.Authorization;
using EGov.Portal.Workflow;
using EGov.Portal.Workflow.Handlers;
using EGov.Portal.Workflow.Queries;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace EGov.Portal.Areas.Portal.Pages.Workflow;

/// <summary>The editor's page for a draft or returned article (提交审核) and for a withdrawn or taken-down one (重新编辑).</summary>
[Authorize(Policy = PlatformPolicies.Staff)]
internal sealed class SubmitModel(ArticleHistory history, WorkflowAccess access, SubmitHandler submit, WithdrawHandler reopen)
    : ArticleStepModel(history, access)
{
    public async Task<IActionResult> OnPostSubmitAsync(Guid id, CancellationToken cancellationToken)
        => await AfterAsync(id, await submit.HandleAsync(id, Actor, cancellationToken), "已提交审核。", cancellationToken);

    public async Task<IActionResult> OnPostReopenAsync(Guid id, CancellationToken cancellationToken)
        => await AfterAsync(id, await reopen.ReopenAsync(id, Actor, cancellationToken), "稿件已转为草稿。", cancellationToken);
}
