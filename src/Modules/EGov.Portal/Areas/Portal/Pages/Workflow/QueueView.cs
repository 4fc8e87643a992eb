using EGov.Portal.Workflow.Queries;

namespace EGov.Portal.Areas.Portal.Pages.Workflow;

/// <summary>A list of articles waiting for a step, and where each one's step is taken.</summary>
internal sealed record QueueView(IReadOnlyList<QueuedArticle> Items, string Caption, Func<Guid, string> Link);
