using System.Security.Claims;
using EGov.Platform.Audit;
using EGov.Platform.Data;
using EGov.Platform.Identity;
using EGov.Platform.Results;
using Microsoft.EntityFrameworkCore;

namespace EGov.Documents.Packages;

/// <summary>外部单位登记: registering the 交换证书 of a body outside the platform, and removing it again.</summary>
internal sealed class ExternalAgencyRegistry(EGovDbContext db, IAuditLog audit, TimeProvider time)
{
    public const int MaxBundleBytes = 64 * 1024;

    public Task<List<ExternalAgency>> ListAsync(CancellationToken cancellationToken)
        => db.Set<ExternalAgency>().AsNoTracking().Where(a => a.RemovedAt == null).OrderBy(a => a.Name).ToListAsync(cancellationToken);

    public Task<ExternalAgency?> FindAsync(Guid id, CancellationToken cancellationToken)
        => db.Set<ExternalAgency>().AsNoTracking().FirstOrDefaultAsync(a => a.Id == id && a.RemovedAt == null, cancellationToken);

    /// <summary>The registered agency whose 签名证书 has this fingerprint.</summary>
    public Task<ExternalAgency?> BySignCertificateAsync(string sm3, CancellationToken cancellationToken)
        => db.Set<ExternalAgency>().AsNoTracking().FirstOrDefaultAsync(a => a.SignCertificateSm3 == sm3 && a.RemovedAt == null, cancellationToken);

    /// <param name="name">The name to register under; the bundle's own name when empty.</param>
    public async Task<Result<ExternalAgency>> RegisterAsync(byte[] bundleFile, string? name, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (bundleFile.Length is 0 or > MaxBundleBytes || CertificateBundle.FromJson(bundleFile) is not { } bundle)
        {
            return ExchangeErrors.BundleUnreadable;
        }

        var fingerprint = CertificateBundle.Fingerprint(bundle.SignCertificate);
        if (await BySignCertificateAsync(fingerprint, cancellationToken) is { } existing)
        {
            return ExchangeErrors.AlreadyRegistered(existing.Name);
        }

        var agency = new ExternalAgency
        {
            Id = Guid.CreateVersion7(),
            Name = string.IsNullOrWhiteSpace(name) ? bundle.Agency : name.Trim(),
            SignCertificate = bundle.SignCertificate,
            EncryptCertificate = bundle.EncryptCertificate,
            SignCertificateSm3 = fingerprint,
            RegisteredAt = time.GetUtcNow().UtcDateTime,
            RegisteredByName = user.FindFirstValue(PlatformClaims.DisplayName) ?? user.Identity?.Name ?? "",
            Version = 1,
        };
        if (agency.Name.Length > 100)
        {
            return ExchangeErrors.NameTooLong;
        }

        db.Add(agency);
        audit.Record(new AuditRecord("documents.external_agency.registered", nameof(ExternalAgency), agency.Id.ToString(), AuditOutcome.Success, $"{agency.Name}; sign={fingerprint}"));
        await db.SaveChangesAsync(cancellationToken);
        return agency;
    }

    public async Task<Result> RemoveAsync(Guid id, long? version, CancellationToken cancellationToken)
    {
        if (await db.Set<ExternalAgency>().FirstOrDefaultAsync(a => a.Id == id && a.RemovedAt == null, cancellationToken) is not { } agency)
        {
            return ExchangeErrors.AgencyNotFound;
        }

        if (version is { } seen && seen != agency.Version)
        {
            return ExchangeErrors.Stale;
        }

        agency.RemovedAt = time.GetUtcNow().UtcDateTime;
        agency.Version++;
        audit.Record(new AuditRecord("documents.external_agency.removed", nameof(ExternalAgency), agency.Id.ToString(), AuditOutcome.Success, agency.Name));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return Result.Success();
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return ExchangeErrors.Stale;
        }
    }
}
