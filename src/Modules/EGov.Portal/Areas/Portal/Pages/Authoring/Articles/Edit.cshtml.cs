using EGov.Portal.Authoring;
using EGov.Portal.Authoring.Editing;
using EGov.Portal.Contracts;
using EGov.Portal.Domain;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace EGov.Portal.Areas.Portal.Pages.Authoring.Articles;

/// <summary>Edits a draft, a returned or a withdrawn article; a stale form is refused, not saved over a newer version.</summary>
[Authorize(Policy = "perm:" + PortalPermissions.Edit)]
internal sealed class EditModel(ArticleDetails details, SaveArticleHandler handler, PolicyDocumentLookup policies) : ArticleFormPage(policies)
{
    public Guid Id { get; private set; }
    public string Heading { get; private set; } = "";
    public string SiteName { get; private set; } = "";
    public string ChannelName { get; private set; } = "";
    public string StatusName { get; private set; } = "";
    public string? ReturnComment { get; private set; }
    public string? WithdrawalReason { get; private set; }
    public string? NotEditable { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        var view = (await details.LoadAsync(id, cancellationToken)).Value;
        Input = ArticleFormInput.From(view.Article, view.Related.Select(r => r.Id));
        await LoadPolicyChoicesAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var result = await SaveAsync((fields, files) => handler.UpdateAsync(id, fields, files, cancellationToken));
        if (result is { IsSuccess: true })
        {
            TempData["Message"] = "稿件已保存。";
            return LocalRedirect($"/office/portal/articles/{id}");
        }

        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        await LoadPolicyChoicesAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostFindPolicyAsync(Guid id, CancellationToken cancellationToken)
    {
        ModelState.Clear();
        if (!await LoadAsync(id, cancellationToken))
        {
            return NotFound();
        }

        await LoadPolicyChoicesAsync(cancellationToken);
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        var loaded = await details.LoadAsync(id, cancellationToken);
        if (!loaded.IsSuccess)
        {
            return false;
        }

        var a = loaded.Value.Article;
        Id = id;
        Heading = a.Title;
        SiteName = loaded.Value.Site.Name;
        ChannelName = loaded.Value.Channel.Name;
        StatusName = PortalNames.Of(a.Status);
        Type = a.Type;
        ReturnComment = a.ReturnComment;
        WithdrawalReason = a.WithdrawalReason;
        NotEditable = ArticleRules.CanEdit(a.Status).Error?.Message ?? (loaded.Value.CanEdit ? null : AuthoringErrors.NoGrant.Message);
        return true;
    }
}
