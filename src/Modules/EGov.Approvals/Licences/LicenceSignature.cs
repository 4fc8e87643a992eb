using EGov.Platform.Crypto;
using Org.BouncyCastle.Crypto.Parameters;

namespace EGov.Approvals.Licences;

/// <summary>
/// A licence's seal: SM3 of the PDF's bytes, signed with SM2 (SM3withSM2 over the 32-byte hash, the default signer
/// ID of GM/T 0009), so that any SM2 implementation can check a PDF with the department's certificate.
/// </summary>
internal static class LicenceSignature
{
    public static (string PdfHash, string Signature) Sign(ECPrivateKeyParameters privateKey, ReadOnlySpan<byte> pdf)
    {
        var hash = Sm3.Hash(pdf);
        return (Convert.ToHexStringLower(hash), Convert.ToBase64String(Sm2.Sign(privateKey, hash)));
    }

    /// <summary>True when the hash is the SM3 of the PDF and the signature over it verifies with the key.</summary>
    public static bool Verify(ECPublicKeyParameters publicKey, ReadOnlySpan<byte> pdf, string pdfHash, string signature)
    {
        var hash = Sm3.Hash(pdf);
        return Convert.ToHexStringLower(hash) == pdfHash && VerifyHash(publicKey, hash, signature);
    }

    public static bool VerifyHash(ECPublicKeyParameters publicKey, byte[] hash, string signature)
    {
        var bytes = new byte[signature.Length];
        return Convert.TryFromBase64String(signature, bytes, out var length) && Sm2.Verify(publicKey, hash, bytes.AsSpan(0, length));
    }
}
