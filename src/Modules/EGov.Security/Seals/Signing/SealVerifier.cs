using EGov.Platform.Crypto;
using EGov.Platform.Data;
using EGov.Platform.Keys;
using EGov.Security.Contracts;
using EGov.Security.Seals.Ses;
using Microsoft.EntityFrameworkCore;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.X509;

namespace EGov.Security.Seals.Signing;

/// <summary>
/// Checks a sealed PDF: the byte range covers the whole file but the hole, SM3 of the ranges equals dataHash, the SM2
/// signature over TBS_Sign verifies with the certificate it carries, that certificate is one of the platform's seals,
/// the SESeal is the one the platform made (and its maker signature verifies), and the seal was valid and not
/// revoked at the sealing time.
/// </summary>
internal sealed class SealVerifier(EGovDbContext db, IKeyStore keys)
{
    public async Task<SealCheck> VerifyAsync(byte[] pdf, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(pdf);
        var read = SignedPdfReader.Read(pdf);
        switch (read.Outcome)
        {
            case SignedPdfReader.Outcome.NoSeal:
                return Fail(SealCheckReasons.NoSeal);
            case SignedPdfReader.Outcome.RangeBroken:
                return Fail(SealCheckReasons.Modified);
            case SignedPdfReader.Outcome.ContentsBroken:
                return Fail(SealCheckReasons.SignatureDamaged);
        }

        SesSignature signature;
        try
        {
            signature = SesSignature.FromDer(read.Der!);
        }
        catch (FormatException)
        {
            return Fail(SealCheckReasons.SignatureDamaged);
        }

        var tbs = signature.ToSign;
        if (!PdfSignatureHole.Hash(pdf, read.Start, read.End).AsSpan().SequenceEqual(tbs.DataHash))
        {
            return Fail(SealCheckReasons.Modified);
        }

        if (signature.SignatureAlgorithm != SesAsn1.Sm3WithSm2 || PublicKey(signature.Certificate) is not { } signer || !Sm2.Verify(signer, tbs.ToDer(), signature.Signature))
        {
            return Fail(SealCheckReasons.SignatureInvalid);
        }

        var certificateHash = Sm3.HashHex(signature.Certificate);
        var seal = await db.Set<ESeal>().AsNoTracking().FirstOrDefaultAsync(s => s.CertificateSm3 == certificateHash, cancellationToken);
        if (seal is null || !seal.SealData.AsSpan().SequenceEqual(tbs.Seal.ToDer()) || !await MadeByPlatformAsync(tbs.Seal, cancellationToken))
        {
            return Fail(SealCheckReasons.NotOurs);
        }

        var check = new SealCheck(true, tbs.DocumentNumber, seal.Name, tbs.TimeInfo, null, seal.Id);
        if (seal.RevokedAt is { } revokedAt && revokedAt <= tbs.TimeInfo)
        {
            return check with { Valid = false, Reason = SealCheckReasons.Revoked(revokedAt) };
        }

        var day = EGov.Platform.Time.ChinaTime.DateOf(tbs.TimeInfo);
        return day < seal.ValidFrom || day > seal.ValidUntil ? check with { Valid = false, Reason = SealCheckReasons.OutsideValidity } : check;
    }

    private async Task<bool> MadeByPlatformAsync(SesSeal seal, CancellationToken cancellationToken)
    {
        var makers = await keys.GetPublicKeysAsync(IKeyStore.PlatformOwner, cancellationToken);
        var maker = makers.FirstOrDefault(k => k.CertificateDer.AsSpan().SequenceEqual(seal.MakerCertificate));
        return maker is not null && seal.SignAlgorithm == SesAsn1.Sm3WithSm2 && Sm2.Verify(maker.PublicKey, seal.ToBeSigned(), seal.SignedValue);
    }

    private static ECPublicKeyParameters? PublicKey(byte[] certificate)
    {
        try
        {
            return new X509Certificate(certificate).GetPublicKey() as ECPublicKeyParameters;
        }
        catch (Exception e) when (e is ArgumentException or InvalidCastException or IOException or Org.BouncyCastle.Security.Certificates.CertificateException)
        {
            return null;
        }
    }

    private static SealCheck Fail(string reason) => new(false, null, null, null, reason, null);
}
