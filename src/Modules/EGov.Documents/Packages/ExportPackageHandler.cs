using System.Security.Claims;
using EGov.Documents.Contracts;
using EGov.Documents.Domain;
using EGov.Documents.Outgoing;
using EGov.Documents.Outgoing.Handling;
using EGov.Platform.Attachments;
using EGov.Platform.Audit;
using EGov.Platform.Crypto;
using EGov.Platform.Data;
using EGov.Platform.Identity;
using EGov.Platform.Results;
using Microsoft.EntityFrameworkCore;

namespace EGov.Documents.Packages;

/// <summary>导出交换包: a distributed, sealed 公文 packed for one registered external agency, logged and audited.</summary>
internal sealed class ExportPackageHandler(
    EGovDbContext db, OutgoingScope scope, ExternalAgencyRegistry registry, ExchangeIdentity identity, IAttachmentStore attachments, IAuditLog audit, TimeProvider time)
{
    public async Task<Result<ExportedPackage>> ExportAsync(Guid documentId, Guid agencyId, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var readable = await scope.ReadableAsync(cancellationToken);
        if (await readable.AsNoTracking().FirstOrDefaultAsync(d => d.Id == documentId, cancellationToken) is not { } document)
        {
            return OutgoingErrors.NotFound;
        }

        if (!await scope.CoversAsync(DocumentsPermissions.Exchange, document.DispatchDepartmentId, cancellationToken))
        {
            return OutgoingErrors.NotYours;
        }

        if (document.State is not (DocumentState.Distributed or DocumentState.Archived) || document.SealedPdfId is not { } pdfId
            || await attachments.FindAsync(pdfId, cancellationToken) is not { } pdf)
        {
            return ExchangeErrors.NotSealed;
        }

        if (await registry.FindAsync(agencyId, cancellationToken) is not { } agency)
        {
            return ExchangeErrors.AgencyNotFound;
        }

        var now = time.GetUtcNow().UtcDateTime;
        byte[] pdfBytes;
        await using (var stream = attachments.OpenRead(pdf))
        using (var copy = new MemoryStream())
        {
            await stream.CopyToAsync(copy, cancellationToken);
            pdfBytes = copy.ToArray();
        }

        var content = new PackageContent(
            document.SignatureAgency, document.DocumentNumber ?? "", document.Title, DocumentNames.Of(document.Type), DocumentNames.Of(document.Urgency),
            DocumentNames.Of(document.Secrecy), document.WrittenOn ?? document.SignedOffOn, document.DistributedAt ?? now, DocumentSealing.FileName(document), pdfBytes);
        var packageId = Guid.CreateVersion7();
        var file = PackageWriter.Write(content, await identity.SenderAsync(cancellationToken), agency.Bundle, packageId, now);
        var byName = user.FindFirstValue(PlatformClaims.DisplayName) ?? user.Identity?.Name ?? "";
        db.Add(new ExchangeLog
        {
            PackageId = packageId,
            IsImport = false,
            Agency = agency.Name,
            DocumentNumber = content.DocumentNumber,
            Title = content.Title,
            DocumentId = document.Id,
            PackageSm3 = Sm3.HashHex(file),
            At = now,
            ByName = byName,
        });
        audit.Record(new AuditRecord("documents.package.exported", nameof(OfficialDocument), document.Id.ToString(), AuditOutcome.Success, $"{agency.Name}; package={packageId}"));
        await db.SaveChangesAsync(cancellationToken);
        return new ExportedPackage(file, $"{content.DocumentNumber}-{agency.Name}.xlpkg");
    }
}

internal sealed record ExportedPackage(byte[] File, string FileName);
