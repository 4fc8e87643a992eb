using EGov.Platform.Data;
using EGov.Platform.Identity.Authorization;
using EGov.Platform.Results;
using EGov.Portal.Domain.Articles;
using EGov.Portal.Domain.Channels;
using EGov.Portal.Domain.Sites;
using EGov.Portal.Workflow;
using EGov.Portal.Workflow.Handlers;
using EGov.Portal.Workflow.Queries;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace EGov.Portal.Areas.Portal.Pages.Workflow;

[Authorize(Policy = PlatformPolicies.Staff)]
internal sealed class PushDecisionModel(ArticleHistory history, WorkflowAccess access, ReferenceDecisionHandler handler, EGovDbContext db) : PageModel
{
    public ArticleDossier Dossier { get; private set; } = null!;
    public string TargetChannel { get; private set; } = "";
    public bool IsPending { get; private set; }
    public string ReferenceStatusName { get; private set; } = "";

    [TempData]
    public string? Done { get; set; }

    [BindProperty]
    public DeclineInput Input { get; set; } = new();

    private Actor Actor => Actor.Of(User) ?? throw new InvalidOperationException("staff page without a signed-in user");

    public async Task<IActionResult> OnGetAsync(Guid referenceId, CancellationToken cancellationToken)
        => await LoadAsync(referenceId, cancellationToken) ?? Page();

    public async Task<IActionResult> OnPostAcceptAsync(Guid referenceId, CancellationToken cancellationToken)
        => await AfterAsync(referenceId, await handler.AcceptAsync(referenceId, Actor, cancellationToken), "已采用。", cancellationToken);

    public async Task<IActionResult> OnPostDeclineAsync(Guid referenceId, CancellationToken cancellationToken)
        => await AfterAsync(referenceId, await handler.DeclineAsync(referenceId, Actor, Input.Comment, cancellationToken), "已不采用。", cancellationToken);

    private async Task<IActionResult> AfterAsync(Guid referenceId, Result result, string done, CancellationToken cancellationToken)
    {
        if (result.IsSuccess)
        {
            Done = done;
            return LocalRedirect(Request.Path);
        }

        ModelState.AddModelError(result.Error!.Fields is null ? "" : "Input.Comment", result.Error.Message);
        return await LoadAsync(referenceId, cancellationToken) ?? Page();
    }

    private async Task<IActionResult?> LoadAsync(Guid referenceId, CancellationToken cancellationToken)
    {
        var reference = await db.Set<ArticleReference>().AsNoTracking().FirstOrDefaultAsync(r => r.Id == referenceId, cancellationToken);
        if (reference is null || await history.FindAsync(reference.ArticleId, cancellationToken) is not { } dossier)
        {
            return NotFound();
        }

        var target = await db.Set<Site>().AsNoTracking().SingleAsync(s => s.Id == reference.TargetSiteId, cancellationToken);
        if (!await access.IsSiteEditorAsync(Actor, target.Id, reference.TargetChannelId, cancellationToken) && !await access.IsReviewerAsync(target, cancellationToken))
        {
            return Forbid();
        }

        var channel = await db.Set<Channel>().AsNoTracking().SingleAsync(c => c.Id == reference.TargetChannelId, cancellationToken);
        Dossier = dossier;
        TargetChannel = $"{target.Name} / {channel.Name}";
        IsPending = reference.Status == ReferenceStatus.Pending;
        ReferenceStatusName = reference.Status switch
        {
            ReferenceStatus.Pending => "待处理",
            ReferenceStatus.Accepted => "已采用",
            ReferenceStatus.Declined => $"不采用（{reference.Comment}）",
            _ => "源稿件已撤稿",
        };
        return null;
    }
}

internal sealed class DeclineInput
{
    public string? Comment { get; set; }
}
