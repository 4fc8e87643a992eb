namespace EGov.Documents.Packages;

/// <summary>
/// The clear part of an exchange package (<c>manifest.json</c>): who sent it to whom, and the content key encrypted
/// for the recipient. The document itself is only in <c>content.bin</c>, SM4-GCM encrypted.
/// </summary>
/// <param name="EncryptedKey">The SM4 content key, SM2-encrypted (C1C3C2) with the recipient's 加密证书.</param>
/// <param name="ContentSm3">SM3 (hex) of the plaintext content, checked after decryption.</param>
internal sealed record PackageManifest(
    string Format,
    int Version,
    Guid PackageId,
    DateTime CreatedAt,
    string SenderAgency,
    byte[] SenderSignCertificate,
    string RecipientAgency,
    string RecipientEncryptCertificateSm3,
    byte[] EncryptedKey,
    string ContentSm3)
{
    public const string Name = "xiling-document-package";
    public const int CurrentVersion = 1;
}
