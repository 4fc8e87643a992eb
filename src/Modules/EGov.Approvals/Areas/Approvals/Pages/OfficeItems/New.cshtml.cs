using EGov.Approvals.Catalog.Editing;
using EGov.Approvals.Contracts;
using EGov.Approvals.Domain.Items;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace EGov.Approvals.Areas.Approvals.Pages.OfficeItems;

/// <summary>A new item, saved as a draft after the 实施清单 rules pass.</summary>
[Authorize(Policy = "perm:" + ApprovalsPermissions.Catalog)]
internal sealed class NewModel(SaveItemHandler handler) : ItemFormPage
{
    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        Input = new ItemInput
        {
            CaseKind = CaseKind.Committed,
            ItemType = ItemType.Licensing,
            OnlineDepthLevel = OnlineDepthLevel.Level3,
            Materials = [new MaterialInput()],
            Steps = [new StepInput { Stage = StepStage.Acceptance, Name = "受理" }],
        };
        await LoadChoicesAsync(cancellationToken);
        Input.DepartmentCode = Departments.Count > 0 ? Departments[0].Code : null;
    }

    public Task<IActionResult> OnPostAddRowAsync(string? list, CancellationToken cancellationToken) => AddRowAsync(list, cancellationToken);

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var result = await SaveAsync((input, files) => handler.CreateAsync(input, files, cancellationToken));
        if (result.IsSuccess)
        {
            TempData["Message"] = "事项已保存为草稿。";
            return LocalRedirect($"/office/approvals/items/{result.Value}");
        }

        await LoadChoicesAsync(cancellationToken);
        return Page();
    }
}
