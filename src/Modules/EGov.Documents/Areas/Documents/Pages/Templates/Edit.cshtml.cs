using EGov.Documents.Contracts;
using EGov.Documents.Outgoing;
using EGov.Documents.Templates;
using EGov.Platform.Identity.Authorization;
using EGov.Platform.Organization;
using EGov.Platform.Results;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EGov.Documents.Areas.Documents.Pages.Templates;

/// <summary>A new template or changes to one, through the same handler as the API.</summary>
[Authorize(Policy = PlatformPolicies.PermissionPrefix + DocumentsPermissions.Templates)]
internal sealed class EditModel(TemplateQueries query, TemplateHandler handler, OrganizationFacts organization) : PageModel
{
    [BindProperty]
    public TemplateForm Form { get; set; } = new();

    public Guid? Id { get; private set; }

    public IReadOnlyList<DepartmentInfo> Departments { get; private set; } = [];

    public async Task<IActionResult> OnGetAsync(Guid? id, CancellationToken ct)
    {
        Id = id;
        if (id is { } existing)
        {
            if (await query.ManagedAsync(existing, ct) is not { } template)
            {
                return NotFound();
            }

            Form = TemplateForm.Of(template);
        }

        Departments = await organization.TreeAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(Guid? id, CancellationToken ct)
    {
        Id = id;
        var saved = await handler.SaveAsync(id, Form.Input(), Form.Version, ct);
        if (saved.IsSuccess)
        {
            TempData["Message"] = "公文模板已保存。";
            return LocalRedirect("/office/documents/templates");
        }

        ModelState.AddModelError("", saved.Error!.Message);
        foreach (var (field, messages) in saved.Error.Fields ?? new Dictionary<string, string[]>())
        {
            ModelState.AddModelError($"Form.{field}", string.Join(" ", messages));
        }

        Response.StatusCode = saved.Error.Kind switch
        {
            ErrorKind.Conflict => StatusCodes.Status409Conflict,
            ErrorKind.NotFound => StatusCodes.Status404NotFound,
            ErrorKind.Forbidden => StatusCodes.Status403Forbidden,
            _ => StatusCodes.Status400BadRequest,
        };
        Departments = await organization.TreeAsync(ct);
        return Page();
    }
}
