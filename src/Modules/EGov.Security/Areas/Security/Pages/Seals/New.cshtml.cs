using EGov.Platform.Identity.Authorization;
using EGov.Platform.Organization;
using EGov.Platform.Organization.Departments;
using EGov.Platform.Results;
using EGov.Platform.Time;
using EGov.Security.Contracts;
using EGov.Security.Seals;
using EGov.Security.Seals.Pictures;
using EGov.Security.Seals.Registry;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EGov.Security.Areas.Security.Pages.Seals;

/// <summary>制作印章: pick the agency, the dates and optionally a PNG; without one the round seal is drawn.</summary>
[Authorize(Policy = PlatformPolicies.PermissionPrefix + SecurityPermissions.Seals)]
internal sealed class NewModel(CreateSealHandler handler, IOrganizationDirectory organization, TimeProvider time) : PageModel
{
    public IReadOnlyList<DepartmentInfo> Agencies { get; private set; } = [];

    public Error? Failure { get; private set; }

    [BindProperty]
    public Guid DepartmentId { get; set; }

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public DateOnly? ValidFrom { get; set; }

    [BindProperty]
    public DateOnly? ValidUntil { get; set; }

    public async Task OnGetAsync(CancellationToken ct)
    {
        ValidFrom = ChinaTime.Today(time);
        ValidUntil = ValidFrom.Value.AddYears(5);
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(IFormFile? picture, CancellationToken ct)
    {
        byte[]? bytes = null;
        if (picture is { Length: > 0 })
        {
            if (picture.Length > SealPictureCheck.MaxBytes)
            {
                return await FailAsync(SealErrors.Invalid("picture", $"印章图片不能超过 {SealPictureCheck.MaxBytes / 1024} KB"), ct);
            }

            using var buffer = new MemoryStream();
            await picture.CopyToAsync(buffer, ct);
            bytes = buffer.ToArray();
        }

        var created = await handler.CreateAsync(new SealInput(DepartmentId, Name, ValidFrom, ValidUntil, bytes), User.Identity?.Name ?? "", ct);
        if (created.Error is { } error)
        {
            return await FailAsync(error, ct);
        }

        TempData["Message"] = $"印章“{created.Value.Name}”（{created.Value.Code}）已制作。";
        return LocalRedirect(SealUrls.Admin);
    }

    private async Task<IActionResult> FailAsync(Error error, CancellationToken ct)
    {
        Failure = error;
        Response.StatusCode = error.Kind == ErrorKind.Conflict ? StatusCodes.Status409Conflict : StatusCodes.Status400BadRequest;
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
        => Agencies = [.. (await organization.TreeAsync(ct)).Where(d => d.IsActive && d.Kind != DepartmentKind.Community)];

    public string? FieldError(string field) => Failure?.Fields?.GetValueOrDefault(field) is { Length: > 0 } m ? string.Join("；", m) : null;
}
