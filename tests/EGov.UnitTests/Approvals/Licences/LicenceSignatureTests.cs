using EGov.Approvals.Licences;
using EGov.Platform.Crypto;
using EGov.UnitTests.Keys;
using Org.BouncyCastle.Security;
using Org.BouncyCastle.X509;

namespace EGov.UnitTests.Approvals.Licences;

public sealed class LicenceSignatureTests
{
    [Fact]
    public async Task Signature_verifies_with_bouncycastle_sm3withsm2_and_the_departments_certificate()
    {
        await using var harness = new KeyStoreHarness();
        var key = await harness.Store.GetSigningKeyAsync("xlq-xzsp");
        var pdf = LicenceSamples.Render(LicenceSamples.FoodLicence());

        var (hash, signature) = LicenceSignature.Sign(key.PrivateKey, pdf);

        var certificate = new X509Certificate(key.CertificateDer);
        var verifier = SignerUtilities.GetSigner("SM3withSM2");
        verifier.Init(false, certificate.GetPublicKey());
        var digest = Sm3.Hash(pdf);
        verifier.BlockUpdate(digest, 0, digest.Length);
        Assert.True(verifier.VerifySignature(Convert.FromBase64String(signature)));
        Assert.Equal(Convert.ToHexStringLower(digest), hash);
    }

    [Fact]
    public async Task One_changed_byte_fails_verification()
    {
        await using var harness = new KeyStoreHarness();
        var key = await harness.Store.GetSigningKeyAsync("xlq-xzsp");
        var pdf = LicenceSamples.Render(LicenceSamples.FoodLicence());
        var (hash, signature) = LicenceSignature.Sign(key.PrivateKey, pdf);

        Assert.True(LicenceSignature.Verify(key.PublicKey, pdf, hash, signature));
        pdf[pdf.Length / 2] ^= 0x01;
        Assert.False(LicenceSignature.Verify(key.PublicKey, pdf, hash, signature));
    }

    [Fact]
    public async Task Signature_of_another_department_fails()
    {
        await using var harness = new KeyStoreHarness();
        var signer = await harness.Store.GetSigningKeyAsync("xlq-xzsp");
        var other = await harness.Store.GetSigningKeyAsync("xlq-scjg");
        var pdf = LicenceSamples.Render(LicenceSamples.FoodLicence());

        var (hash, signature) = LicenceSignature.Sign(signer.PrivateKey, pdf);

        Assert.False(LicenceSignature.Verify(other.PublicKey, pdf, hash, signature));
        Assert.False(LicenceSignature.Verify(signer.PublicKey, pdf, hash, "not base64!"));
    }
}
