using EGov.Approvals.Catalog.Editing;
using EGov.Approvals.Domain.Items;
using EGov.Platform.Organization;
using EGov.Platform.Results;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Approvals.Areas.Approvals.Pages.OfficeItems;

/// <summary>
/// What the new and edit pages share: the form with every element, its choices, the uploads (file inputs named by
/// their slot, e.g. <c>Materials[0].BlankForm</c>) and "add a row" without a script: a submit that re-renders with an empty row.
/// </summary>
internal abstract class ItemFormPage : PageModel
{
    [BindProperty]
    public ItemInput Input { get; set; } = new();

    public IReadOnlyList<DepartmentInfo> Departments { get; private set; } = [];

    public ItemStatus? Status { get; protected set; }

    protected async Task LoadChoicesAsync(CancellationToken cancellationToken)
        => Departments = await HttpContext.RequestServices.GetRequiredService<StaffItemQueries>().DepartmentsAsync(cancellationToken);

    /// <summary>Adds an empty row to one of the child lists and shows the form again; nothing is saved.</summary>
    protected async Task<IActionResult> AddRowAsync(string? list, CancellationToken cancellationToken)
    {
        switch (list)
        {
            case "Materials": Input.Materials.Add(new MaterialInput()); break;
            case "Steps": Input.Steps.Add(new StepInput()); break;
            case "Fields": Input.Fields.Add(new FieldInput()); break;
            case "FeeItems": Input.FeeItems.Add(new FeeInput()); break;
            case "Faq": Input.Faq.Add(new FaqInput()); break;
            default: break;
        }

        ModelState.Clear();
        await LoadChoicesAsync(cancellationToken);
        return Page();
    }

    /// <summary>Runs a save with the posted fields and files; on failure the errors are on the form.</summary>
    protected async Task<Result<Guid>> SaveAsync(Func<ItemInput, IReadOnlyList<ItemUpload>, Task<Result<Guid>>> save)
    {
        var files = Request.HasFormContentType ? Request.Form.Files.Where(f => f.Length > 0).ToList() : [];
        var streams = files.Select(f => (File: f, Stream: f.OpenReadStream())).ToList();
        try
        {
            var result = await save(Input, [.. streams.Select(s => new ItemUpload(s.File.Name, s.Stream, s.File.FileName, s.File.ContentType))]);
            if (!result.IsSuccess)
            {
                AddErrors(result.Error!);
            }

            return result;
        }
        finally
        {
            foreach (var (_, stream) in streams)
            {
                await stream.DisposeAsync();
            }
        }
    }

    protected void AddErrors(Error error)
    {
        ModelState.Clear();
        if (error.Fields is not { Count: > 0 } fields)
        {
            ModelState.AddModelError("", error.Message);
            return;
        }

        ModelState.AddModelError("", error.Message);
        foreach (var (field, messages) in fields)
        {
            foreach (var message in messages)
            {
                ModelState.AddModelError($"Input.{field}", message);
            }
        }
    }
}
