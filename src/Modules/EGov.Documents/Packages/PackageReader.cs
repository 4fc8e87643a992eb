using System.IO.Compression;
using System.Text.Json;
using EGov.Platform.Crypto;
using EGov.Platform.Results;
using Org.BouncyCastle.Crypto;

namespace EGov.Documents.Packages;

/// <summary>
/// Opens a 公文交换包 and verifies it before anything is registered: the sender's signature over both parts with the
/// certificate in the manifest, that certificate registered here as an external agency's, the package addressed to
/// this instance's 加密证书, and the decrypted content matching its SM3.
/// </summary>
internal static class PackageReader
{
    /// <summary>Upper bound of one entry, so a crafted ZIP cannot exhaust memory.</summary>
    public const long MaxEntryBytes = 64L * 1024 * 1024;

    /// <param name="senderOf">The registered agency whose 签名证书 has this SM3 fingerprint, or null.</param>
    public static Result<OpenedPackage> Open(byte[] package, PackageReceiver receiver, Func<string, string?> senderOf)
    {
        if (Entries(package) is not { } entries)
        {
            return PackageErrors.Unreadable;
        }

        var (manifestBytes, content, signature) = entries;
        if (Manifest(manifestBytes) is not { } manifest)
        {
            return PackageErrors.Unreadable;
        }

        var senderFingerprint = CertificateBundle.Fingerprint(manifest.SenderSignCertificate);
        if (!Sm2.Verify(CertificateBundle.PublicKeyOf(manifest.SenderSignCertificate), PackageWriter.SignedBytes(manifestBytes, content), signature))
        {
            return PackageErrors.SignatureInvalid;
        }

        if (senderOf(senderFingerprint) is not { } registered)
        {
            return PackageErrors.SenderUnknown(manifest.SenderAgency, senderFingerprint);
        }

        if (!string.Equals(manifest.RecipientEncryptCertificateSm3, receiver.EncryptCertificateSm3, StringComparison.OrdinalIgnoreCase))
        {
            return PackageErrors.NotForUs(manifest.RecipientAgency);
        }

        return Decrypt(manifest, content, receiver) is { } plain && string.Equals(Sm3.HashHex(plain), manifest.ContentSm3, StringComparison.OrdinalIgnoreCase)
            && Content(plain) is { } document
            ? new OpenedPackage(manifest, registered, document)
            : PackageErrors.ContentInvalid;
    }

    private static (byte[] Manifest, byte[] Content, byte[] Signature)? Entries(byte[] package)
    {
        try
        {
            using var zip = new ZipArchive(new MemoryStream(package), ZipArchiveMode.Read);
            return Read(zip, PackageWriter.ManifestEntry) is { } m && Read(zip, PackageWriter.ContentEntry) is { } c && Read(zip, PackageWriter.SignatureEntry) is { } s
                ? (m, c, s)
                : null;
        }
        catch (InvalidDataException)
        {
            return null;
        }
    }

    private static byte[]? Read(ZipArchive zip, string name)
    {
        if (zip.GetEntry(name) is not { Length: <= MaxEntryBytes } entry)
        {
            return null;
        }

        using var stream = entry.Open();
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.Length <= MaxEntryBytes ? copy.ToArray() : null;
    }

    private static PackageManifest? Manifest(byte[] json)
    {
        try
        {
            var manifest = JsonSerializer.Deserialize<PackageManifest>(json, PackageJson.Options);
            return manifest is { Format: PackageManifest.Name, Version: PackageManifest.CurrentVersion, SenderSignCertificate.Length: > 0, EncryptedKey.Length: > 0 }
                && CertificateBundle.PublicKeyOf(manifest.SenderSignCertificate) is not null
                ? manifest
                : null;
        }
        catch (Exception e) when (e is JsonException or InvalidCastException or ArgumentException or Org.BouncyCastle.Security.Certificates.CertificateException or IOException)
        {
            return null;
        }
    }

    private static byte[]? Decrypt(PackageManifest manifest, byte[] content, PackageReceiver receiver)
    {
        try
        {
            var key = Sm2.Decrypt(receiver.EncryptKey, manifest.EncryptedKey);
            return Sm4.DecryptGcm(key, content, manifest.PackageId.ToByteArray());
        }
        catch (Exception e) when (e is InvalidCipherTextException or System.Security.Cryptography.CryptographicException or ArgumentException)
        {
            return null;
        }
    }

    private static PackageContent? Content(byte[] json)
    {
        try
        {
            return JsonSerializer.Deserialize<PackageContent>(json, PackageJson.Options) is { Pdf.Length: > 0, Title.Length: > 0 } content ? content : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}

/// <param name="RegisteredSender">The name under which the sender's agency is registered here.</param>
internal sealed record OpenedPackage(PackageManifest Manifest, string RegisteredSender, PackageContent Content);
