using EGov.Portal.Contracts;
using EGov.Portal.Workflow;
using EGov.Portal.Workflow.Queries;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EGov.Portal.Areas.Portal.Pages.Workflow;

[Authorize(Policy = "perm:" + PortalPermissions.ConfidentialityReview)]
internal sealed class ConfidentialityModel(WorkflowQueues queues) : PageModel
{
    public QueueView Queue { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) => Queue = new QueueView(await queues.AwaitingConfidentialityReviewAsync(cancellationToken), "已审核、待保密审查的稿件", WorkflowUrls.ConfidentialityReview);
}
