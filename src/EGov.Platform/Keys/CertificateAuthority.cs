using EGov.Platform.Crypto;
using Microsoft.Extensions.Options;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Asn1.X509;
using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Crypto.Operators;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Math;
using Org.BouncyCastle.Security;
using Org.BouncyCastle.X509;

namespace EGov.Platform.Keys;

/// <summary>
/// The platform's internal CA: a self-signed SM3withSM2 root (owner <see cref="Owner"/>) that issues an X.509 v3
/// certificate for every signing key. BouncyCastle's "SM3WITHSM2" signer gets no signer ID here, so it uses the
/// default ID 1234567812345678 (GM/T 0009), which is what verifiers of certificates assume.
/// </summary>
internal sealed class CertificateAuthority(TimeProvider clock, IOptions<KeysOptions> options)
{
    public const string Owner = "ca";
    public const string RootCommonName = "西陵区电子政务平台根证书";
    public const string Organization = "西陵区人民政府";
    public const string SignatureAlgorithm = "SM3WITHSM2";

    public byte[] CreateRoot(AsymmetricCipherKeyPair keyPair)
    {
        var name = Name(RootCommonName);
        var now = clock.GetUtcNow().UtcDateTime;
        var generator = Generator(name, name, (ECPublicKeyParameters)keyPair.Public, now, now.AddYears(options.Value.RootValidityYears));
        generator.AddExtension(X509Extensions.BasicConstraints, true, new BasicConstraints(true));
        generator.AddExtension(X509Extensions.KeyUsage, true, new KeyUsage(KeyUsage.KeyCertSign | KeyUsage.CrlSign | KeyUsage.DigitalSignature));
        return generator.Generate(new Asn1SignatureFactory(SignatureAlgorithm, keyPair.Private, new SecureRandom())).GetEncoded();
    }

    /// <summary>A signing certificate for <paramref name="owner"/>: digitalSignature + nonRepudiation, never beyond the root's validity.</summary>
    public byte[] Issue(SigningKey root, string owner, ECPublicKeyParameters subjectKey)
    {
        var rootCertificate = new X509Certificate(root.CertificateDer);
        var now = clock.GetUtcNow().UtcDateTime;
        var notAfter = now.AddYears(options.Value.CertificateValidityYears);
        if (notAfter > rootCertificate.NotAfter.ToUniversalTime())
        {
            notAfter = rootCertificate.NotAfter.ToUniversalTime();
        }

        var generator = Generator(rootCertificate.SubjectDN, Name(owner), subjectKey, now, notAfter);
        generator.AddExtension(X509Extensions.AuthorityKeyIdentifier, false, new AuthorityKeyIdentifier(KeyIdentifier(root.PublicKey)));
        generator.AddExtension(X509Extensions.BasicConstraints, true, new BasicConstraints(false));
        generator.AddExtension(X509Extensions.KeyUsage, true, new KeyUsage(KeyUsage.DigitalSignature | KeyUsage.NonRepudiation));
        return generator.Generate(new Asn1SignatureFactory(SignatureAlgorithm, root.PrivateKey, new SecureRandom())).GetEncoded();
    }

    private static X509V3CertificateGenerator Generator(X509Name issuer, X509Name subject, ECPublicKeyParameters publicKey, DateTime notBefore, DateTime notAfter)
    {
        var generator = new X509V3CertificateGenerator();
        generator.SetSerialNumber(new BigInteger(1, RandomBytes(16)));
        generator.SetIssuerDN(issuer);
        generator.SetSubjectDN(subject);
        generator.SetNotBefore(notBefore);
        generator.SetNotAfter(notAfter);
        generator.SetPublicKey(publicKey);
        generator.AddExtension(X509Extensions.SubjectKeyIdentifier, false, new SubjectKeyIdentifier(KeyIdentifier(publicKey)));
        return generator;
    }

    // RFC 7093 §2 method 1 with SM3 instead of SHA-1: the leftmost 160 bits of the hash of the public key.
    private static byte[] KeyIdentifier(ECPublicKeyParameters publicKey) => Sm3.Hash(Sm2.EncodePublicKey(publicKey))[..20];

    private static X509Name Name(string commonName) => new(
        new List<DerObjectIdentifier> { X509Name.C, X509Name.O, X509Name.CN },
        new List<string> { "CN", Organization, commonName });

    private static byte[] RandomBytes(int count)
    {
        var bytes = System.Security.Cryptography.RandomNumberGenerator.GetBytes(count);
        bytes[0] &= 0x7F; // a positive serial number of at most 16 octets (RFC 5280 §4.1.2.2)
        return bytes;
    }
}
