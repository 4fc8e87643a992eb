using Org.BouncyCastle.Asn1.GM;
using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Crypto.Engines;
using Org.BouncyCastle.Crypto.Generators;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Crypto.Signers;
using Org.BouncyCastle.Math;
using Org.BouncyCastle.Security;

namespace EGov.Platform.Crypto;

/// <summary>
/// SM2 (GB/T 32918-2016): signatures with SM3 and a signer ID (default "1234567812345678", GM/T 0009),
/// DER-encoded; public-key encryption in the standard C1C3C2 order (BouncyCastle's default is the old C1C2C3).
/// </summary>
public static class Sm2
{
    public const string DefaultSignerId = "1234567812345678";

    // Named (not explicit) parameters, so that certificates carry the curve OID 1.2.156.10197.1.301 that other tools expect.
    public static readonly ECDomainParameters Domain = new ECNamedDomainParameters(
        GMObjectIdentifiers.sm2p256v1, GMNamedCurves.GetByOid(GMObjectIdentifiers.sm2p256v1));

    public static AsymmetricCipherKeyPair GenerateKeyPair()
    {
        var generator = new ECKeyPairGenerator();
        generator.Init(new ECKeyGenerationParameters(Domain, new SecureRandom()));
        return generator.GenerateKeyPair();
    }

    public static byte[] Sign(ECPrivateKeyParameters privateKey, ReadOnlySpan<byte> message, string signerId = DefaultSignerId)
    {
        var signer = new SM2Signer();
        signer.Init(true, new ParametersWithID(new ParametersWithRandom(privateKey, new SecureRandom()), System.Text.Encoding.UTF8.GetBytes(signerId)));
        signer.BlockUpdate(message);
        return signer.GenerateSignature();
    }

    public static bool Verify(ECPublicKeyParameters publicKey, ReadOnlySpan<byte> message, ReadOnlySpan<byte> signature, string signerId = DefaultSignerId)
    {
        var signer = new SM2Signer();
        signer.Init(false, new ParametersWithID(publicKey, System.Text.Encoding.UTF8.GetBytes(signerId)));
        signer.BlockUpdate(message);
        try
        {
            return signer.VerifySignature(signature.ToArray());
        }
        catch (ArgumentException)
        {
            return false; // malformed DER is an invalid signature, not a crash
        }
    }

    /// <returns>C1 (65 bytes, uncompressed point) ‖ C3 (32 bytes, SM3) ‖ C2.</returns>
    public static byte[] Encrypt(ECPublicKeyParameters publicKey, ReadOnlySpan<byte> plaintext)
    {
        var engine = new SM2Engine(SM2Engine.Mode.C1C3C2);
        engine.Init(true, new ParametersWithRandom(publicKey, new SecureRandom()));
        var input = plaintext.ToArray();
        return engine.ProcessBlock(input, 0, input.Length);
    }

    /// <exception cref="InvalidCipherTextException">The ciphertext was altered or is for another key.</exception>
    public static byte[] Decrypt(ECPrivateKeyParameters privateKey, ReadOnlySpan<byte> ciphertext)
    {
        var engine = new SM2Engine(SM2Engine.Mode.C1C3C2);
        engine.Init(false, privateKey);
        var input = ciphertext.ToArray();
        return engine.ProcessBlock(input, 0, input.Length);
    }

    public static byte[] EncodePublicKey(ECPublicKeyParameters publicKey) => publicKey.Q.GetEncoded(false);

    public static ECPublicKeyParameters DecodePublicKey(ReadOnlySpan<byte> encoded)
        => new(Domain.Curve.DecodePoint(encoded.ToArray()), Domain);

    public static byte[] EncodePrivateKey(ECPrivateKeyParameters privateKey) => privateKey.D.ToByteArrayUnsigned();

    /// <exception cref="ArgumentException">The value is not a private key of the curve (outside 1..n-1).</exception>
    public static ECPrivateKeyParameters DecodePrivateKey(ReadOnlySpan<byte> encoded)
    {
        var d = new BigInteger(1, encoded.ToArray());
        if (d.SignValue <= 0 || d.CompareTo(Domain.N) >= 0)
        {
            throw new ArgumentException("SM2 私钥不在曲线阶的范围内。", nameof(encoded));
        }

        return new ECPrivateKeyParameters(d, Domain);
    }

    public static ECPublicKeyParameters PublicKeyOf(ECPrivateKeyParameters privateKey)
        => new(Domain.G.Multiply(privateKey.D).Normalize(), Domain);
}
