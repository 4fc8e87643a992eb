using EGov.Approvals.Domain.Licences;
using EGov.Platform.Attachments;
using EGov.Platform.Data;
using EGov.Platform.Keys;
using EGov.Platform.Time;
using Microsoft.EntityFrameworkCore;

namespace EGov.Approvals.Licences.Verification;

/// <summary>
/// Checks a licence: by the PDF someone holds (its SM3 finds the licence, the stored key verifies the signature) or
/// by the QR code's verification code (the stored PDF is hashed and verified again). Then revoked, expired or valid.
/// </summary>
internal sealed class LicenceVerifier(EGovDbContext db, IKeyStore keys, IAttachmentStore attachments, PublicLicences publicLicences, TimeProvider time)
{
    public async Task<LicenceCheck> VerifyFileAsync(byte[] pdf, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        var hash = EGov.Platform.Crypto.Sm3.HashHex(pdf);
        var licence = await db.Set<ELicence>().AsNoTracking().FirstOrDefaultAsync(l => l.PdfHash == hash, cancellationToken);
        return licence is null ? LicenceCheck.Invalid : await CheckAsync(licence, pdf, cancellationToken);
    }

    public async Task<LicenceCheck> VerifyCodeAsync(string code, CancellationToken cancellationToken = default)
    {
        var licence = await db.Set<ELicence>().AsNoTracking().FirstOrDefaultAsync(l => l.VerificationCode == code, cancellationToken);
        return await VerifyStoredAsync(licence, cancellationToken);
    }

    public async Task<LicenceCheck> VerifyIdAsync(Guid id, CancellationToken cancellationToken = default)
        => await VerifyStoredAsync(await db.Set<ELicence>().AsNoTracking().FirstOrDefaultAsync(l => l.Id == id, cancellationToken), cancellationToken);

    private async Task<LicenceCheck> VerifyStoredAsync(ELicence? licence, CancellationToken cancellationToken)
    {
        if (licence is null || await attachments.FindAsync(licence.PdfAttachmentId, cancellationToken) is not { } file)
        {
            return LicenceCheck.Invalid;
        }

        await using var stream = attachments.OpenRead(file);
        using var buffer = new MemoryStream();
        await stream.CopyToAsync(buffer, cancellationToken);
        return await CheckAsync(licence, buffer.ToArray(), cancellationToken);
    }

    private async Task<LicenceCheck> CheckAsync(ELicence licence, byte[] pdf, CancellationToken cancellationToken)
    {
        var key = await keys.FindPublicKeyAsync(licence.KeyId, cancellationToken);
        if (key is null || !LicenceSignature.Verify(key.PublicKey, pdf, licence.PdfHash, licence.Signature))
        {
            return LicenceCheck.Invalid;
        }

        var status = licence.Status == LicenceStatus.Revoked ? LicenceCheckStatus.Revoked
            : licence.ValidUntil is { } until && until < ChinaTime.Today(time) ? LicenceCheckStatus.Expired
            : LicenceCheckStatus.Valid;
        return new LicenceCheck(status, await publicLicences.OfAsync(licence, cancellationToken), LicenceSigners.Of(key, licence.Number));
    }
}
