using System.IO.Compression;
using System.Text.Json;
using EGov.Platform.Crypto;

namespace EGov.Documents.Packages;

/// <summary>
/// Writes a 公文交换包: a ZIP file of <c>manifest.json</c> (clear), <c>content.bin</c> (the document, SM4-GCM under a
/// fresh key that only the recipient's 加密证书 can open) and <c>signature.der</c> (the sender's SM2 signature over the
/// SM3 hashes of the other two), so a document can cross networks that are not connected, on any medium.
/// </summary>
internal static class PackageWriter
{
    public const string ManifestEntry = "manifest.json";
    public const string ContentEntry = "content.bin";
    public const string SignatureEntry = "signature.der";

    public static byte[] Write(PackageContent content, PackageSender sender, CertificateBundle recipient, Guid packageId, DateTime now)
    {
        var plain = JsonSerializer.SerializeToUtf8Bytes(content, PackageJson.Options);
        var key = Sm4.NewKey();
        var sealedContent = Sm4.EncryptGcm(key, plain, packageId.ToByteArray());
        var manifest = new PackageManifest(
            PackageManifest.Name, PackageManifest.CurrentVersion, packageId, now, sender.Agency, sender.SignCertificate,
            recipient.Agency, CertificateBundle.Fingerprint(recipient.EncryptCertificate),
            Sm2.Encrypt(CertificateBundle.PublicKeyOf(recipient.EncryptCertificate), key), Sm3.HashHex(plain));
        var manifestBytes = JsonSerializer.SerializeToUtf8Bytes(manifest, PackageJson.Options);
        var signature = Sm2.Sign(sender.SignKey, SignedBytes(manifestBytes, sealedContent));

        using var output = new MemoryStream();
        using (var zip = new ZipArchive(output, ZipArchiveMode.Create, leaveOpen: true))
        {
            Add(zip, ManifestEntry, manifestBytes);
            Add(zip, ContentEntry, sealedContent);
            Add(zip, SignatureEntry, signature);
        }

        return output.ToArray();
    }

    /// <summary>What the sender signs: SM3(manifest) ‖ SM3(content), so neither part can be swapped or cut.</summary>
    public static byte[] SignedBytes(byte[] manifest, byte[] content) => [.. Sm3.Hash(manifest), .. Sm3.Hash(content)];

    private static void Add(ZipArchive zip, string name, byte[] bytes)
    {
        using var stream = zip.CreateEntry(name, CompressionLevel.Optimal).Open();
        stream.Write(bytes);
    }
}
