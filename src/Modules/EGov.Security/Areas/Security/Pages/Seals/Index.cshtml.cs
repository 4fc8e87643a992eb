using EGov.Platform.Audit;
using EGov.Platform.Identity.Authorization;
using EGov.Platform.Results;
using EGov.Platform.Time;
using EGov.Security.Contracts;
using EGov.Security.Seals;
using EGov.Security.Seals.Registry;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace EGov.Security.Areas.Security.Pages.Seals;

/// <summary>印章管理: every seal with its state; revoke with a reason; download the picture and the certificate (安全管理员).</summary>
[Authorize(Policy = PlatformPolicies.PermissionPrefix + SecurityPermissions.Seals)]
internal sealed class IndexModel(SealQueries queries, RevokeSealHandler revoke, IAuditLog audit, TimeProvider time) : PageModel
{
    public IReadOnlyList<SealView> Seals { get; private set; } = [];

    public DateOnly Today => ChinaTime.Today(time);

    public Error? Failure { get; private set; }

    public Guid? FailedId { get; private set; }

    public async Task OnGetAsync(CancellationToken ct) => Seals = await queries.ListAsync(ct);

    public async Task<IActionResult> OnPostRevokeAsync(Guid id, string? reason, long version, CancellationToken ct)
    {
        var result = await revoke.RevokeAsync(id, reason, version, User.Identity?.Name ?? "", ct);
        if (result.Error is not { } error)
        {
            TempData["Message"] = $"印章“{result.Value.Name}”已注销。";
            return LocalRedirect(SealUrls.Admin);
        }

        (Failure, FailedId) = (error, id);
        Response.StatusCode = error.Kind switch
        {
            ErrorKind.Conflict => StatusCodes.Status409Conflict,
            ErrorKind.NotFound => StatusCodes.Status404NotFound,
            _ => StatusCodes.Status400BadRequest,
        };
        Seals = await queries.ListAsync(ct);
        return Page();
    }

    public async Task<IActionResult> OnGetPictureAsync(Guid id, CancellationToken ct)
        => await queries.FindAsync(id, ct) is { } seal ? File(seal.Picture, "image/png") : NotFound();

    public async Task<IActionResult> OnGetCertificateAsync(Guid id, string? format, CancellationToken ct)
    {
        if (await queries.FindAsync(id, ct) is not { } seal)
        {
            return NotFound();
        }

        await audit.RecordNowAsync(new AuditRecord("security.seal.certificate_downloaded", nameof(ESeal), seal.Id.ToString(), AuditOutcome.Success, seal.Code), ct);
        return format == "pem"
            ? File(System.Text.Encoding.ASCII.GetBytes(SealQueries.Pem(seal.Certificate)), "application/x-pem-file", seal.Code + ".pem")
            : File(seal.Certificate, "application/pkix-cert", seal.Code + ".cer");
    }
}
