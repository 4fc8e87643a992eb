using EGov.Portal.Contracts;
using EGov.Portal.Workflow;
using EGov.Portal.Workflow.Queries;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EGov.Portal.Areas.Portal.Pages.Workflow;

[Authorize(Policy = "perm:" + PortalPermissions.Review)]
internal sealed class ReviewsModel(WorkflowQueues queues) : PageModel
{
    public QueueView Queue { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) => Queue = new QueueView(await queues.AwaitingReviewAsync(cancellationToken), "待审核稿件", WorkflowUrls.Review);
}
