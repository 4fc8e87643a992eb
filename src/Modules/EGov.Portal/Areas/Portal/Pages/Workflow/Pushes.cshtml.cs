using EGov.Platform.Identity.Authorization;
using EGov.Portal.Workflow;
using EGov.Portal.Workflow.Queries;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EGov.Portal.Areas.Portal.Pages.Workflow;

[Authorize(Policy = PlatformPolicies.Staff)]
internal sealed class PushesModel(WorkflowQueues queues) : PageModel
{
    public IReadOnlyList<QueuedPush> Items { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken)
        => Items = Actor.Of(User) is { } actor ? await queues.PendingPushesAsync(actor, cancellationToken) : [];
}
