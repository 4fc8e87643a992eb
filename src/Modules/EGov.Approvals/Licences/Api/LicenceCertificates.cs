using EGov.Approvals.Domain.Licences;
using EGov.Platform.Data;
using EGov.Platform.Keys;
using Microsoft.EntityFrameworkCore;

namespace EGov.Approvals.Licences.Api;

/// <summary>The certificate of the key that signed a licence, as DER or PEM, so that anyone can check the PDF's signature.</summary>
internal sealed class LicenceCertificates(EGovDbContext db, IKeyStore keys)
{
    public async Task<PublicKeyInfo?> FindAsync(string licenceNumber, CancellationToken cancellationToken)
    {
        var keyId = await db.Set<ELicence>().Where(l => l.Number == licenceNumber).Select(l => l.KeyId).FirstOrDefaultAsync(cancellationToken);
        return keyId is null ? null : await keys.FindPublicKeyAsync(keyId, cancellationToken);
    }

    public static string Pem(byte[] der)
        => $"-----BEGIN CERTIFICATE-----\n{Convert.ToBase64String(der, Base64FormattingOptions.InsertLineBreaks).Replace("\r\n", "\n", StringComparison.Ordinal)}\n-----END CERTIFICATE-----\n";
}
