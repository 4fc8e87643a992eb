using System.Text.Json;
using EGov.Platform.Audit;
using EGov.Platform.Crypto;
using EGov.Platform.Data;
using EGov.Platform.Keys;
using EGov.Platform.Results;
using EGov.Platform.Time;
using EGov.Security.Contracts;
using EGov.Security.Seals.Ses;
using Microsoft.EntityFrameworkCore;

namespace EGov.Security.Seals.Signing;

/// <summary>
/// <see cref="IESeals"/>: the seal's picture drawn at the placement and a PDF signature whose /Contents is a GB/T 38540
/// SES_Signature over the SM3 of the file's byte ranges. The audit entry of a sealing joins the caller's unit of work.
/// </summary>
internal sealed class ESeals(EGovDbContext db, IKeyStore keys, SealVerifier verifier, IAuditLog audit, TimeProvider time) : IESeals
{
    public async Task<ESealInfo?> FindForAgencyAsync(Guid departmentId, CancellationToken cancellationToken = default)
    {
        var today = ChinaTime.Today(time);
        var seal = await db.Set<ESeal>().AsNoTracking()
            .Where(s => s.DepartmentId == departmentId && s.RevokedAt == null && s.ValidFrom <= today && s.ValidUntil >= today)
            .OrderByDescending(s => s.CreatedAt).FirstOrDefaultAsync(cancellationToken);
        return seal is null ? null : new ESealInfo(seal.Id, seal.Name, seal.DepartmentId, seal.ValidFrom, seal.ValidUntil);
    }

    public async Task<Result<SealedPdf>> SealAsync(SealRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        var seal = await db.Set<ESeal>().AsNoTracking().SingleOrDefaultAsync(s => s.Id == request.SealId, cancellationToken);
        var usable = await UsableAsync(seal, cancellationToken);
        if (usable.Error is { } refused)
        {
            return refused;
        }

        if (SignedPdfReader.HasSeal(request.Pdf))
        {
            return SealErrors.AlreadySealed;
        }

        var sealedAt = SesAsn1.WholeSeconds(time.GetUtcNow().UtcDateTime);
        var capacity = SealSignatureBuilder.Capacity(seal!, sealedAt, request.DocumentNumber, request.Title);
        var stamped = PdfSealStamp.Stamp(request.Pdf, seal!.Picture, request.Placement, capacity, seal.Name, sealedAt);
        if (stamped.Error is { } invalid)
        {
            return invalid;
        }

        var hole = PdfSignatureHole.Open(stamped.Value, capacity);
        var signature = SealSignatureBuilder.Sign(seal, usable.Value.PrivateKey, sealedAt, hole.Hash(), request.DocumentNumber, request.Title);
        var pdf = hole.Fill(signature.ToDer());
        var sm3 = Sm3.HashHex(pdf);
        var detail = JsonSerializer.Serialize(new { seal.Code, documentNumber = request.DocumentNumber, sm3 });
        audit.Record(new AuditRecord("security.seal.applied", nameof(ESeal), seal.Id.ToString(), AuditOutcome.Success, detail));
        return new SealedPdf(pdf, seal.Id, sealedAt, sm3);
    }

    public Task<SealCheck> VerifyAsync(byte[] pdf, CancellationToken cancellationToken = default) => verifier.VerifyAsync(pdf, cancellationToken);

    private async Task<Result<SigningKey>> UsableAsync(ESeal? seal, CancellationToken cancellationToken)
    {
        if (seal is null)
        {
            return SealErrors.Unknown;
        }

        if (seal.RevokedAt is { } revokedAt)
        {
            return SealErrors.Revoked(seal.Name, SealText.At(revokedAt));
        }

        if (!seal.IsValidOn(ChinaTime.Today(time)))
        {
            return SealErrors.NotValid(seal.Name, seal.ValidFrom, seal.ValidUntil);
        }

        // Only reads: the seal's key was made with the seal, so the key store never has to create one here (which,
        // on SQLite, would wait for the lock of a caller's open transaction).
        var active = (await keys.GetPublicKeysAsync(seal.KeyOwner, cancellationToken)).FirstOrDefault(k => k.RetiredAt is null);
        if (active?.KeyId != seal.KeyId)
        {
            return SealErrors.KeyChanged(seal.Name);
        }

        return await keys.GetSigningKeyAsync(seal.KeyOwner, cancellationToken);
    }
}
