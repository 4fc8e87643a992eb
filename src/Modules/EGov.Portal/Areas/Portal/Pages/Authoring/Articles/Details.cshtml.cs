using EGov.Platform.Identity.Authorization;
using EGov.Portal.Authoring;
using EGov.Portal.Authoring.Editing;
using EGov.Portal.Authoring.Html;
using EGov.Portal.Authoring.Scope;
using EGov.Portal.Domain.Articles;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EGov.Portal.Areas.Portal.Pages.Authoring.Articles;

/// <summary>An article for staff: fields, files, links, the workflow history; editors edit and delete drafts here.</summary>
[Authorize(Policy = PlatformPolicies.Staff)]
internal sealed class DetailsModel(
    ArticleDetails details, EditorScope scope, ArticleAttachments attachments, DeleteArticleHandler delete, ArticleHtmlSanitizer sanitizer) : PageModel
{
    public ArticleView? View { get; private set; }
    public string BodyHtml { get; private set; } = "";
    public bool CanDelete { get; private set; }
    public string? NotEditable { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
        => await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostDeleteAsync(Guid id, CancellationToken cancellationToken)
    {
        var result = await delete.HandleAsync(id, cancellationToken);
        if (result.IsSuccess)
        {
            TempData["Message"] = "草稿已删除。";
            return LocalRedirect("/office/portal/articles");
        }

        return await ShowErrorAsync(id, result.Error!, cancellationToken);
    }

    public async Task<IActionResult> OnPostRenameAttachmentAsync(Guid id, Guid attachmentId, string? title, CancellationToken cancellationToken)
        => await AfterAsync(id, await attachments.RenameAsync(id, attachmentId, title, cancellationToken), "附件已改名。", cancellationToken);

    public async Task<IActionResult> OnPostRemoveAttachmentAsync(Guid id, Guid attachmentId, CancellationToken cancellationToken)
        => await AfterAsync(id, await attachments.RemoveAsync(id, attachmentId, cancellationToken), "附件已移除。", cancellationToken);

    private async Task<IActionResult> AfterAsync(Guid id, EGov.Platform.Results.Result result, string done, CancellationToken cancellationToken)
    {
        if (result.IsSuccess)
        {
            TempData["Message"] = done;
            return LocalRedirect($"/office/portal/articles/{id}");
        }

        return await ShowErrorAsync(id, result.Error!, cancellationToken);
    }

    private async Task<IActionResult> ShowErrorAsync(Guid id, EGov.Platform.Results.Error error, CancellationToken cancellationToken)
    {
        ModelState.AddModelError("", error.Fields?.Values.SelectMany(m => m).FirstOrDefault() ?? error.Message);
        return await LoadAsync(id, cancellationToken) ? Page() : NotFound();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var loaded = await details.LoadAsync(id, cancellationToken);
        if (!loaded.IsSuccess)
        {
            return false;
        }

        View = loaded.Value;
        BodyHtml = sanitizer.Clean(View.Article.BodyHtml).Html;
        var inReach = (await scope.ReachAsync(cancellationToken)).Covers(View.Article);
        CanDelete = inReach && View.Article.Status == ArticleStatus.Draft;
        NotEditable = inReach ? ArticleRules.CanEdit(View.Article.Status).Error?.Message : null;
        return true;
    }
}
