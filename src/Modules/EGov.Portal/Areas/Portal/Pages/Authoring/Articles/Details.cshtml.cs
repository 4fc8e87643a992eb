using EGov.Platform.Identity;
using EGov.Platform.Identity.Authorization;
using EGov.Portal.Authoring;
using EGov.Portal.Authoring.Editing;
using EGov.Portal.Authoring.Html;
using EGov.Portal.Authoring.Scope;
using EGov.Portal.Contracts;
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

    /// <summary>The workflow's own pages (提交, 审核, 保密审查, 撤稿, 推送) that this user may open in this state.</summary>
    public IReadOnlyList<(string Title, string Url)> WorkflowLinks { get; private set; } = [];

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

    private List<(string, string)> Links(Article a, bool inReach)
    {
        var at = $"/office/portal/articles/{a.Id}";
        var links = new List<(string, string)>();
        if (inReach && a.Status is ArticleStatus.Draft or ArticleStatus.Returned)
        {
            links.Add(("提交审核", $"{at}/submit"));
        }

        if (inReach && a.Status is ArticleStatus.Withdrawn or ArticleStatus.TakenDown)
        {
            links.Add(("重新编辑", $"{at}/submit"));
        }

        if (a.Status == ArticleStatus.Submitted && User.HasPermission(PortalPermissions.Review))
        {
            links.Add(("审核", $"{at}/review"));
        }

        if (a.Status == ArticleStatus.Reviewed && User.HasPermission(PortalPermissions.ConfidentialityReview))
        {
            links.Add(("保密审查", $"{at}/confidentiality-review"));
        }

        if (a.Status == ArticleStatus.Published && User.HasPermission(PortalPermissions.Review))
        {
            links.Add(("撤稿", $"{at}/withdraw"));
        }

        if (a.Status == ArticleStatus.Published && inReach)
        {
            links.Add(("推送到其他网站", $"{at}/push"));
        }

        return links;
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
        WorkflowLinks = Links(View.Article, inReach);
        return true;
    }
}
