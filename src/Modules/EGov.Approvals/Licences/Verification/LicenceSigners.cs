using EGov.Platform.Keys;
using Org.BouncyCastle.X509;

namespace EGov.Approvals.Licences.Verification;

internal static class LicenceSigners
{
    public static LicenceSigner Of(PublicKeyInfo key, string licenceNumber)
    {
        var certificate = new X509Certificate(key.CertificateDer);
        return new LicenceSigner(
            key.KeyId,
            certificate.SubjectDN.ToString(),
            certificate.IssuerDN.ToString(),
            DateTime.SpecifyKind(certificate.NotBefore, DateTimeKind.Utc),
            DateTime.SpecifyKind(certificate.NotAfter, DateTimeKind.Utc),
            LicenceUrls.Certificate(licenceNumber));
    }
}
