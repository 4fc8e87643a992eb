using System.Security.Claims;
using EGov.Documents.Domain;
using EGov.Documents.Domain.Incoming;
using EGov.Documents.Incoming.Delivery;
using EGov.Platform.Audit;
using EGov.Platform.Crypto;
using EGov.Platform.Data;
using EGov.Platform.Identity;
using EGov.Platform.Organization;
using EGov.Platform.Results;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace EGov.Documents.Packages;

/// <summary>
/// 导入交换包: a package from an external agency is verified (<see cref="PackageReader"/>) before anything is stored,
/// then registered once as a 收文 of the receiving unit, waiting to be signed for like any other.
/// </summary>
internal sealed class ImportPackageHandler(
    EGovDbContext db, ExchangeIdentity identity, ExternalAgencyRegistry registry, IncomingDelivery delivery, IOrganizationDirectory organization,
    IOptions<ExchangeOptions> options, IAuditLog audit, TimeProvider time)
{
    public async Task<Result<Guid>> ImportAsync(byte[] package, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var senders = (await registry.ListAsync(cancellationToken)).ToDictionary(a => a.SignCertificateSm3, a => a.Name, StringComparer.OrdinalIgnoreCase);
        var opened = PackageReader.Open(package, await identity.ReceiverAsync(cancellationToken), senders.GetValueOrDefault);
        if (!opened.IsSuccess)
        {
            audit.Record(new AuditRecord("documents.package.import_refused", null, null, AuditOutcome.Failure, $"{opened.Error!.Code}; sm3={Sm3.HashHex(package)}"));
            await db.SaveChangesAsync(cancellationToken);
            return opened.Error!;
        }

        var (manifest, sender, content) = opened.Value;
        if (await db.Set<ExchangeLog>().AnyAsync(l => l.PackageId == manifest.PackageId && l.IsImport, cancellationToken))
        {
            return PackageErrors.Duplicate(manifest.PackageId);
        }

        if (await ReceivingDepartmentAsync(cancellationToken) is not { } department)
        {
            return ExchangeErrors.NoReceivingDepartment(options.Value.ReceivingDepartment);
        }

        var source = new IncomingSource(
            sender, content.DocumentNumber, content.Title, Parse<DocumentType>(content.Type, DocumentType.Notice), Parse<Urgency>(content.Urgency, Urgency.Normal),
            Parse<Secrecy>(content.Secrecy, Secrecy.None), content.WrittenOn, content.SentAt, department, RecipientRole.Main, IncomingChannel.Package)
        {
            SourceReference = $"package:{manifest.PackageId}",
            Pdf = content.Pdf,
            PdfFileName = content.FileName,
        };
        var delivered = await delivery.DeliverAsync(source, cancellationToken);
        if (!delivered.IsSuccess)
        {
            return delivered.Error!;
        }

        db.Add(new ExchangeLog
        {
            PackageId = manifest.PackageId,
            IsImport = true,
            Agency = sender,
            DocumentNumber = content.DocumentNumber,
            Title = content.Title,
            DocumentId = delivered.Value,
            PackageSm3 = Sm3.HashHex(package),
            At = time.GetUtcNow().UtcDateTime,
            ByName = user.FindFirstValue(PlatformClaims.DisplayName) ?? user.Identity?.Name ?? "",
        });
        audit.Record(new AuditRecord("documents.package.imported", "IncomingDocument", delivered.Value.ToString(), AuditOutcome.Success, $"{sender}; package={manifest.PackageId}"));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Someone imported the same package at the same moment (the log's key).
            db.ChangeTracker.Clear();
            return PackageErrors.Duplicate(manifest.PackageId);
        }

        return delivered.Value;
    }

    private async Task<Guid?> ReceivingDepartmentAsync(CancellationToken cancellationToken)
        => (await organization.FindByCodeAsync(options.Value.ReceivingDepartment, cancellationToken))?.Id
            ?? (await organization.TreeAsync(cancellationToken)).FirstOrDefault(d => d.Depth == 0)?.Id;

    /// <summary>An enumeration value from its Chinese name as the sender printed it.</summary>
    private static T Parse<T>(string name, T fallback)
        where T : struct, Enum
        => Enum.GetValues<T>().Cast<T?>().FirstOrDefault(v => Name(v!.Value) == name) ?? fallback;

    private static string Name<T>(T value)
        where T : struct, Enum => value switch
        {
            DocumentType t => DocumentNames.Of(t),
            Urgency u => DocumentNames.Of(u),
            Secrecy s => DocumentNames.Of(s),
            _ => value.ToString(),
        };
}
