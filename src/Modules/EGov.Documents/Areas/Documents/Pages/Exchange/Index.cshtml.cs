using EGov.Documents.Contracts;
using EGov.Documents.Domain;
using EGov.Documents.Packages;
using EGov.Platform.Identity.Authorization;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.Options;

namespace EGov.Documents.Areas.Documents.Pages.Exchange;

/// <summary>公文交换（跨网）: this instance's 交换证书 and the external agencies registered to exchange packages with.</summary>
[Authorize(Policy = PlatformPolicies.PermissionPrefix + DocumentsPermissions.Exchange)]
internal sealed class IndexModel(
    ExchangeIdentity identity, ExternalAgencyRegistry registry, ExchangeLogQuery log, ExportPackageHandler exporter, ImportPackageHandler importer,
    IOptions<ExchangeOptions> options) : PageModel
{
    public IReadOnlyList<OfficialDocument> Exportable { get; private set; } = [];

    public IReadOnlyList<ExchangeLog> Log { get; private set; } = [];

    public CertificateBundle Own { get; private set; } = null!;

    public IReadOnlyList<ExternalAgency> Agencies { get; private set; } = [];

    public async Task OnGetAsync(CancellationToken ct) => await LoadAsync(ct);

    public async Task<IActionResult> OnGetCertificateAsync(CancellationToken ct)
    {
        var bundle = await identity.BundleAsync(ct);
        return File(bundle.ToJson(), "application/json", $"{bundle.Agency}-交换证书.json");
    }

    public async Task<IActionResult> OnPostRegisterAsync(IFormFile? file, string? name, CancellationToken ct)
    {
        var read = await ExchangeUpload.ReadAsync(file, ExternalAgencyRegistry.MaxBundleBytes, ct);
        var registered = read.IsSuccess ? await registry.RegisterAsync(read.Value, name, User, ct) : read.Error!;
        if (registered.Error is { } error)
        {
            ModelState.AddModelError(string.Empty, error.Message);
            await LoadAsync(ct);
            return Page();
        }

        TempData["Message"] = $"已登记外部单位“{registered.Value.Name}”。";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostRemoveAsync(Guid id, long version, CancellationToken ct)
    {
        var removed = await registry.RemoveAsync(id, version, ct);
        if (removed.Error is { } error)
        {
            ModelState.AddModelError(string.Empty, error.Message);
            await LoadAsync(ct);
            return Page();
        }

        TempData["Message"] = "已删除该外部单位，此后不再接收其交换包。";
        return RedirectToPage();
    }

    public async Task<IActionResult> OnPostExportAsync(Guid documentId, Guid agencyId, CancellationToken ct)
    {
        var exported = await exporter.ExportAsync(documentId, agencyId, User, ct);
        if (exported.Error is { } error)
        {
            return await FailedAsync(error.Message, ct);
        }

        return File(exported.Value.File, "application/octet-stream", exported.Value.FileName);
    }

    public async Task<IActionResult> OnPostImportAsync(IFormFile? file, CancellationToken ct)
    {
        var read = await ExchangeUpload.ReadAsync(file, options.Value.MaxPackageBytes, ct);
        var imported = read.IsSuccess ? await importer.ImportAsync(read.Value, User, ct) : read.Error!;
        if (imported.Error is { } error)
        {
            return await FailedAsync(error.Message, ct);
        }

        TempData["Message"] = "交换包验证通过，已登记为收文，待签收。";
        return Redirect($"/office/documents/incoming/{imported.Value}");
    }

    private async Task<IActionResult> FailedAsync(string message, CancellationToken ct)
    {
        ModelState.AddModelError(string.Empty, message);
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Exportable = await log.ExportableAsync(ct);
        Log = await log.RecentAsync(ct);
        Own = await identity.BundleAsync(ct);
        Agencies = await registry.ListAsync(ct);
    }
}
