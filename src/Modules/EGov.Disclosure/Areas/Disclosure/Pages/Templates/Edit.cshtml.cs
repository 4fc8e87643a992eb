using EGov.Disclosure.Contracts;
using EGov.Disclosure.Letters.Templates;
using EGov.Platform.Results;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EGov.Disclosure.Areas.Disclosure.Pages.Templates;

/// <summary>Edits one letter template of an agency: title, body, preview with sample data, reset to the default.</summary>
[Authorize(Policy = "perm:" + DisclosurePermissions.Manage)]
internal sealed class EditModel(TemplateQueries queries, SaveTemplateHandler save, PreviewTemplateHandler preview) : PageModel
{
    [BindProperty]
    public TemplateInput Input { get; set; } = new();

    public TemplateDetail? Detail { get; private set; }

    public async Task<IActionResult> OnGetAsync(string agencyCode, string kind, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(agencyCode, kind, cancellationToken))
        {
            return NotFound();
        }

        Input = new TemplateInput { Title = Detail!.Title, Body = Detail.Body, Version = Detail.Version };
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(string agencyCode, string kind, CancellationToken cancellationToken)
    {
        var saved = await save.SaveAsync(agencyCode, kind, Input.ToFields(), cancellationToken);
        return saved.IsSuccess ? Done(agencyCode, "模板已保存。") : await FailAsync(agencyCode, kind, saved.Error!, cancellationToken);
    }

    public async Task<IActionResult> OnPostPreviewAsync(string agencyCode, string kind, CancellationToken cancellationToken)
    {
        var pdf = await preview.PreviewAsync(agencyCode, kind, Input.ToFields(), cancellationToken);
        return pdf.IsSuccess ? File(pdf.Value.Pdf, "application/pdf", pdf.Value.FileName) : await FailAsync(agencyCode, kind, pdf.Error!, cancellationToken);
    }

    public async Task<IActionResult> OnPostResetAsync(string agencyCode, string kind, CancellationToken cancellationToken)
    {
        var reset = await save.ResetAsync(agencyCode, kind, cancellationToken);
        return reset.IsSuccess ? Done(agencyCode, "已恢复默认模板。") : await FailAsync(agencyCode, kind, reset.Error!, cancellationToken);
    }

    private LocalRedirectResult Done(string agencyCode, string message)
    {
        TempData["Message"] = message;
        return LocalRedirect($"/office/disclosure/templates?agency={Uri.EscapeDataString(agencyCode)}");
    }

    private async Task<IActionResult> FailAsync(string agencyCode, string kind, Error error, CancellationToken cancellationToken)
    {
        if (!await LoadAsync(agencyCode, kind, cancellationToken))
        {
            return NotFound();
        }

        foreach (var (field, messages) in error.Fields ?? new Dictionary<string, string[]> { [""] = [error.Message] })
        {
            foreach (var m in messages)
            {
                ModelState.AddModelError(field.Length == 0 ? "" : $"Input.{char.ToUpperInvariant(field[0])}{field[1..]}", m);
            }
        }

        return Page();
    }

    private async Task<bool> LoadAsync(string agencyCode, string kind, CancellationToken cancellationToken)
    {
        var detail = await queries.DetailAsync(agencyCode, kind, cancellationToken);
        Detail = detail.IsSuccess ? detail.Value : null;
        return detail.IsSuccess;
    }
}
