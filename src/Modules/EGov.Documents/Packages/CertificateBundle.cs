using System.Text.Json;
using EGov.Platform.Crypto;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.X509;

namespace EGov.Documents.Packages;

/// <summary>
/// 交换证书: an agency's two SM2 certificates for paperless exchange across networks — one to check the packages it
/// signs, one to encrypt the packages sent to it (国密 practice keeps 签名证书 and 加密证书 apart). One instance of the
/// platform downloads its bundle; the other registers it as an external agency.
/// </summary>
internal sealed record CertificateBundle(string Agency, byte[] SignCertificate, byte[] EncryptCertificate)
{
    public const string Format = "xiling-exchange-certificates";

    /// <summary>The SM3 fingerprint (lower-case hex) of a DER certificate.</summary>
    public static string Fingerprint(byte[] certificateDer) => Sm3.HashHex(certificateDer);

    /// <exception cref="ArgumentException">The bytes are no X.509 certificate with an EC key.</exception>
    public static ECPublicKeyParameters PublicKeyOf(byte[] certificateDer)
        => new X509CertificateParser().ReadCertificate(certificateDer)?.GetPublicKey() as ECPublicKeyParameters
            ?? throw new ArgumentException("不是 SM2 证书。", nameof(certificateDer));

    public byte[] ToJson() => JsonSerializer.SerializeToUtf8Bytes(new Json(Format, Agency, SignCertificate, EncryptCertificate), PackageJson.Options);

    /// <summary>Reads a bundle file; null when it is not one or its certificates cannot be read.</summary>
    public static CertificateBundle? FromJson(ReadOnlySpan<byte> json)
    {
        try
        {
            var read = JsonSerializer.Deserialize<Json>(json, PackageJson.Options);
            if (read is not { Format: Format } || string.IsNullOrWhiteSpace(read.Agency) || read.SignCertificate is null || read.EncryptCertificate is null)
            {
                return null;
            }

            _ = PublicKeyOf(read.SignCertificate);
            _ = PublicKeyOf(read.EncryptCertificate);
            return new CertificateBundle(read.Agency.Trim(), read.SignCertificate, read.EncryptCertificate);
        }
        catch (Exception e) when (e is JsonException or InvalidCastException or ArgumentException or Org.BouncyCastle.Security.Certificates.CertificateException or IOException)
        {
            return null;
        }
    }

    private sealed record Json(string Format, string Agency, byte[]? SignCertificate, byte[]? EncryptCertificate);
}
