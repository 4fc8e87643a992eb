using System.Security.Cryptography;
using System.Text;
using EGov.Platform.Crypto;
using EGov.Platform.Keys;

namespace EGov.Platform.PersonalData;

internal sealed class PersonalDataProtector(MasterKey masterKey) : IPersonalDataProtector
{
    public const string EnvelopePrefix = "v1:";

    private readonly byte[] _encryptionKey = masterKey.DeriveSm4Key(MasterKey.PersonalDataPurpose);
    private readonly byte[] _indexKey = masterKey.DeriveMacKey(MasterKey.BlindIndexPurpose);

    /// <summary>Identifies the key without revealing it; contexts with the same fingerprint may share one EF model.</summary>
    public string Fingerprint { get; } = masterKey.Fingerprint;

    public string Protect(string plaintext, string purpose)
        => EnvelopePrefix + Convert.ToBase64String(Sm4.EncryptGcm(_encryptionKey, Encoding.UTF8.GetBytes(plaintext), Encoding.UTF8.GetBytes(purpose)));

    public string Unprotect(string envelope, string purpose)
    {
        if (!envelope.StartsWith(EnvelopePrefix, StringComparison.Ordinal))
        {
            throw new CryptographicException("个人信息密文的版本标记不可识别。");
        }

        byte[] sealedData;
        try
        {
            sealedData = Convert.FromBase64String(envelope[EnvelopePrefix.Length..]);
        }
        catch (FormatException e)
        {
            throw new CryptographicException("个人信息密文不是有效的 Base64。", e);
        }

        return Encoding.UTF8.GetString(Sm4.DecryptGcm(_encryptionKey, sealedData, Encoding.UTF8.GetBytes(purpose)));
    }

    public string BlindIndex(string value)
        => Convert.ToHexStringLower(Sm3.Hmac(_indexKey, Encoding.UTF8.GetBytes(Normalize(value))));

    internal static string Normalize(string value)
    {
        var normalized = value.Normalize(NormalizationForm.FormKC);
        var builder = new StringBuilder(normalized.Length);
        foreach (var c in normalized)
        {
            if (!char.IsWhiteSpace(c))
            {
                builder.Append(char.ToUpperInvariant(c));
            }
        }

        return builder.ToString();
    }
}
