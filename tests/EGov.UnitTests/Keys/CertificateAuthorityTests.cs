using EGov.Platform.Crypto;
using EGov.Platform.Keys;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.X509;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.X509;

namespace EGov.UnitTests.Keys;

public sealed class CertificateAuthorityTests
{
    private const string Sm3WithSm2 = "1.2.156.10197.1.501";

    [Fact]
    public async Task Issued_certificate_verifies_with_the_roots_public_key()
    {
        await using var harness = new KeyStoreHarness();
        var key = await harness.Store.GetSigningKeyAsync("4205020101");
        var root = await harness.Store.GetSigningKeyAsync(CertificateAuthority.Owner);

        var certificate = new X509Certificate(key.CertificateDer);

        certificate.Verify(root.PublicKey);
        Assert.Equal(Sm3WithSm2, certificate.SigAlgOid);
        Assert.Equal(new X509Certificate(root.CertificateDer).SubjectDN, certificate.IssuerDN);
    }

    [Fact]
    public async Task Certificate_signature_uses_the_default_signer_id()
    {
        await using var harness = new KeyStoreHarness();
        var key = await harness.Store.GetSigningKeyAsync("platform");
        var root = await harness.Store.GetSigningKeyAsync(CertificateAuthority.Owner);

        var certificate = new X509Certificate(key.CertificateDer);

        Assert.True(Sm2.Verify(root.PublicKey, certificate.GetTbsCertificate(), certificate.GetSignature(), Sm2.DefaultSignerId));
    }

    [Fact]
    public async Task Signing_certificate_names_its_owner_and_allows_signatures_only()
    {
        await using var harness = new KeyStoreHarness();

        var certificate = new X509Certificate((await harness.Store.GetSigningKeyAsync("4205020101")).CertificateDer);

        Assert.Equal(["4205020101"], certificate.SubjectDN.GetValueList(X509Name.CN));
        Assert.Equal(["西陵区人民政府"], certificate.SubjectDN.GetValueList(X509Name.O));
        Assert.Equal(-1, certificate.GetBasicConstraints());
        Assert.Equal(3, certificate.Version);
        var usage = certificate.GetKeyUsage();
        Assert.True(usage[0]); // digitalSignature
        Assert.True(usage[1]); // nonRepudiation
        Assert.False(usage[5]); // keyCertSign
    }

    [Fact]
    public async Task Signing_certificate_is_valid_three_years_by_default()
    {
        await using var harness = new KeyStoreHarness();

        var certificate = new X509Certificate((await harness.Store.GetSigningKeyAsync("platform")).CertificateDer);

        Assert.Equal(KeyStoreHarness.Start.UtcDateTime, certificate.NotBefore.ToUniversalTime());
        Assert.Equal(KeyStoreHarness.Start.UtcDateTime.AddYears(3), certificate.NotAfter.ToUniversalTime());
    }

    [Fact]
    public async Task Validity_is_configurable_but_never_beyond_the_root()
    {
        await using var harness = new KeyStoreHarness(options: new KeysOptions { CertificateValidityYears = 50, RootValidityYears = 10 });

        var certificate = new X509Certificate((await harness.Store.GetSigningKeyAsync("platform")).CertificateDer);

        Assert.Equal(KeyStoreHarness.Start.UtcDateTime.AddYears(10), certificate.NotAfter.ToUniversalTime());
    }

    [Fact]
    public async Task Root_certificate_is_a_self_signed_CA_with_the_platform_name()
    {
        await using var harness = new KeyStoreHarness();
        var root = await harness.Store.GetSigningKeyAsync(CertificateAuthority.Owner);

        var certificate = new X509Certificate(root.CertificateDer);

        certificate.Verify(root.PublicKey);
        Assert.Equal(certificate.SubjectDN, certificate.IssuerDN);
        Assert.Equal(["西陵区电子政务平台根证书"], certificate.SubjectDN.GetValueList(X509Name.CN));
        Assert.True(certificate.GetBasicConstraints() >= 0);
        Assert.True(certificate.GetKeyUsage()[5]); // keyCertSign
        Assert.Equal(Sm3WithSm2, certificate.SigAlgOid);
        Assert.Equal(KeyStoreHarness.Start.UtcDateTime.AddYears(30), certificate.NotAfter.ToUniversalTime());
    }

    [Fact]
    public async Task Certificate_public_key_names_the_SM2_curve()
    {
        await using var harness = new KeyStoreHarness();

        var certificate = new X509Certificate((await harness.Store.GetSigningKeyAsync("platform")).CertificateDer);

        var spki = certificate.CertificateStructure.SubjectPublicKeyInfo;
        Assert.Equal("1.2.156.10197.1.301", DerObjectIdentifier.GetInstance(spki.Algorithm.Parameters).Id);
        Assert.IsType<ECPublicKeyParameters>(certificate.GetPublicKey());
    }

    [Fact]
    public async Task Certificate_from_a_retired_root_still_verifies_after_the_root_is_rotated()
    {
        await using var harness = new KeyStoreHarness();
        var key = await harness.Store.GetSigningKeyAsync("platform");
        var oldRoot = await harness.Store.GetSigningKeyAsync(CertificateAuthority.Owner);

        var newRoot = await harness.Store.RotateAsync(CertificateAuthority.Owner);
        var renewed = await harness.Store.RotateAsync("platform");

        new X509Certificate(key.CertificateDer).Verify(oldRoot.PublicKey);
        new X509Certificate(renewed.CertificateDer).Verify(newRoot.PublicKey);
    }
}
