using EGov.Interaction.Contracts;
using EGov.Interaction.Moderation.Words;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EGov.Interaction.Areas.Interaction.Pages.Moderation;

/// <summary>敏感词管理: the list, adding one or many (one per line), removing.</summary>
[Authorize(Policy = "perm:" + InteractionPermissions.Manage)]
internal sealed class WordsModel(SensitiveWordList list) : PageModel
{
    [BindProperty]
    public string? Words { get; set; }

    [TempData]
    public string? Notice { get; set; }

    public IReadOnlyList<SensitiveWordRow> Rows { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken cancellationToken) => Rows = await list.ListAsync(cancellationToken);

    public async Task<IActionResult> OnPostAddAsync(CancellationToken cancellationToken)
    {
        var result = await list.AddAsync((Words ?? "").Split('\n'), User, cancellationToken);
        if (!result.IsSuccess)
        {
            ModelState.AddModelError(nameof(Words), result.Error!.Message);
            Rows = await list.ListAsync(cancellationToken);
            return Page();
        }

        Notice = result.Value.Count == 0 ? "输入的词都已在列表中，未添加新词。" : $"已添加 {result.Value.Count} 个敏感词：{string.Join("、", result.Value)}。";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid id, CancellationToken cancellationToken)
    {
        var result = await list.RemoveAsync(id, cancellationToken);
        Notice = result.IsSuccess ? "已删除该敏感词。" : result.Error!.Message;
        return RedirectToPage();
    }
}
