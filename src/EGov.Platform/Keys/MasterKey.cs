using System.Buffers.Binary;
using System.Text;
using EGov.Platform.Crypto;

namespace EGov.Platform.Keys;

/// <summary>
/// The platform's 32-byte master key. It never encrypts data itself: each purpose gets its own SM4 key,
/// derived with HMAC-SM3 in the counter-mode KDF of NIST SP 800-108 (one block: [1] ‖ label ‖ 0x00 ‖ [128]).
/// </summary>
internal sealed class MasterKey
{
    public const int Size = 32;
    public const string KeyStorePurpose = "egov/keystore";
    public const string PersonalDataPurpose = "egov/personal-data";
    public const string BlindIndexPurpose = "egov/personal-data/blind-index";

    private readonly byte[] _key;

    public MasterKey(ReadOnlySpan<byte> key)
    {
        if (key.Length != Size)
        {
            throw new ArgumentException($"主密钥必须为 {Size} 字节。", nameof(key));
        }

        _key = key.ToArray();
    }

    /// <summary>A public, non-secret identifier of this key (first 8 bytes of SM3 over a derived value), for logs and caches.</summary>
    public string Fingerprint => Convert.ToHexStringLower(Sm3.Hash(Derive("egov/fingerprint", Sm3.HashSize))[..8]);

    /// <summary>The 16-byte SM4 key for <paramref name="label"/>.</summary>
    public byte[] DeriveSm4Key(string label) => Derive(label, Sm4.KeySize);

    /// <summary>A 32-byte HMAC-SM3 key for <paramref name="label"/>.</summary>
    public byte[] DeriveMacKey(string label) => Derive(label, Sm3.HashSize);

    private byte[] Derive(string label, int length)
    {
        var labelBytes = Encoding.UTF8.GetBytes(label);
        var input = new byte[4 + labelBytes.Length + 1 + 4];
        BinaryPrimitives.WriteInt32BigEndian(input, 1);
        labelBytes.CopyTo(input, 4);
        BinaryPrimitives.WriteInt32BigEndian(input.AsSpan(input.Length - 4), length * 8);
        return Sm3.Hmac(_key, input)[..length];
    }
}
