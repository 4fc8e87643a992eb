using EGov.Portal.Authoring.Editing;
using EGov.Portal.Authoring.Scope;
using EGov.Portal.Contracts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace EGov.Portal.Areas.Portal.Pages.Authoring.Articles;

/// <summary>A new draft in one of the channels the editor's grants reach.</summary>
[Authorize(Policy = "perm:" + PortalPermissions.Edit)]
internal sealed class CreateModel(EditorScope scope, SaveArticleHandler handler, PolicyDocumentLookup policies) : ArticleFormPage(policies)
{
    public IReadOnlyList<WritableChannel> Channels { get; private set; } = [];

    public async Task OnGetAsync(Guid? channel, CancellationToken cancellationToken)
    {
        Input.ChannelId = channel ?? Guid.Empty;
        Input.Author = User.FindFirst(EGov.Platform.Identity.PlatformClaims.DisplayName)?.Value;
        await LoadAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var result = await SaveAsync((fields, files) => handler.CreateAsync(fields, files, cancellationToken));
        if (result is { IsSuccess: true } saved)
        {
            TempData["Message"] = "稿件已保存为草稿。";
            return LocalRedirect($"/office/portal/articles/{saved.Value}");
        }

        await LoadAsync(cancellationToken);
        return Page();
    }

    public async Task<IActionResult> OnPostFindPolicyAsync(CancellationToken cancellationToken)
    {
        ModelState.Clear();
        await LoadAsync(cancellationToken);
        return Page();
    }

    private async Task LoadAsync(CancellationToken cancellationToken)
    {
        Channels = await scope.WritableChannelsAsync(cancellationToken);
        Type = Channels.FirstOrDefault(c => c.ChannelId == Input.ChannelId) is { } chosen ? ArticleRules.TypeFor(chosen.Kind) : null;
        await LoadPolicyChoicesAsync(cancellationToken);
    }
}
