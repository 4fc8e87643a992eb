using EGov.Approvals.Catalog.Editing;
using EGov.Approvals.Contracts;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace EGov.Approvals.Areas.Approvals.Pages.OfficeItems;

/// <summary>Edits an item in scope, publishes or suspends it; a stale form is refused, not saved over a newer version.</summary>
[Authorize(Policy = "perm:" + ApprovalsPermissions.Catalog)]
internal sealed class EditModel(ItemAccess access, SaveItemHandler handler, ItemStatusHandler status) : ItemFormPage
{
    public Guid Id { get; private set; }

    [BindProperty]
    public string? Reason { get; set; }

    public async Task<IActionResult> OnGetAsync(Guid id, CancellationToken cancellationToken)
        => await LoadAsync(id, cancellationToken) ? Page() : NotFound();

    public async Task<IActionResult> OnPostAddRowAsync(Guid id, string? list, CancellationToken cancellationToken)
    {
        Id = id;
        Status = (await access.FindAsync(id, cancellationToken))?.Status;
        return Status is null ? NotFound() : await AddRowAsync(list, cancellationToken);
    }

    public async Task<IActionResult> OnPostAsync(Guid id, CancellationToken cancellationToken)
    {
        var result = await SaveAsync((input, files) => handler.UpdateAsync(id, input, files, cancellationToken));
        return await AfterAsync(id, result.IsSuccess, "修改已保存。", cancellationToken);
    }

    public async Task<IActionResult> OnPostPublishAsync(Guid id, CancellationToken cancellationToken)
        => await ChangeAsync(id, await status.PublishAsync(id, Input.Version, cancellationToken), "事项已发布，公众可以在办事服务中查看。", cancellationToken);

    public async Task<IActionResult> OnPostSuspendAsync(Guid id, CancellationToken cancellationToken)
        => await ChangeAsync(id, await status.SuspendAsync(id, Input.Version, Reason, cancellationToken), "事项已暂停办理，已从办事服务撤下。", cancellationToken);

    private async Task<IActionResult> ChangeAsync(Guid id, EGov.Platform.Results.Result<Guid> result, string message, CancellationToken cancellationToken)
    {
        if (!result.IsSuccess)
        {
            await LoadAsync(id, cancellationToken);
            AddErrors(result.Error!);
            return Page();
        }

        return await AfterAsync(id, true, message, cancellationToken);
    }

    private async Task<IActionResult> AfterAsync(Guid id, bool saved, string message, CancellationToken cancellationToken)
    {
        if (saved)
        {
            TempData["Message"] = message;
            return LocalRedirect($"/office/approvals/items/{id}");
        }

        Id = id;
        Status = (await access.FindAsync(id, cancellationToken))?.Status;
        await LoadChoicesAsync(cancellationToken);
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken cancellationToken)
    {
        if (await access.FindAsync(id, cancellationToken) is not { } item)
        {
            return false;
        }

        (Id, Status, Input) = (id, item.Status, ItemInputMapper.From(item));
        await LoadChoicesAsync(cancellationToken);
        return true;
    }
}
