using System.Security.Cryptography;
using Org.BouncyCastle.Crypto.Engines;
using Org.BouncyCastle.Crypto.Modes;
using Org.BouncyCastle.Crypto.Parameters;

namespace EGov.Platform.Crypto;

/// <summary>SM4 (GB/T 32907-2016) in GCM mode: 128-bit key, 12-byte random nonce, 128-bit tag.</summary>
public static class Sm4
{
    public const int KeySize = 16;
    public const int NonceSize = 12;
    public const int TagSize = 16;

    /// <returns><c>nonce ‖ ciphertext ‖ tag</c>.</returns>
    public static byte[] EncryptGcm(ReadOnlySpan<byte> key, ReadOnlySpan<byte> plaintext, ReadOnlySpan<byte> associatedData = default)
    {
        var nonce = RandomNumberGenerator.GetBytes(NonceSize);
        var cipher = Create(true, key, nonce, associatedData);
        var output = new byte[NonceSize + cipher.GetOutputSize(plaintext.Length)];
        nonce.CopyTo(output, 0);
        var written = cipher.ProcessBytes(plaintext, output.AsSpan(NonceSize));
        cipher.DoFinal(output.AsSpan(NonceSize + written));
        return output;
    }

    /// <exception cref="CryptographicException">The data were altered or the key or associated data are wrong.</exception>
    public static byte[] DecryptGcm(ReadOnlySpan<byte> key, ReadOnlySpan<byte> sealedData, ReadOnlySpan<byte> associatedData = default)
    {
        if (sealedData.Length < NonceSize + TagSize)
        {
            throw new CryptographicException("SM4-GCM 密文长度不正确。");
        }

        var cipher = Create(false, key, sealedData[..NonceSize], associatedData);
        var body = sealedData[NonceSize..];
        var output = new byte[cipher.GetOutputSize(body.Length)];
        try
        {
            var written = cipher.ProcessBytes(body, output);
            written += cipher.DoFinal(output.AsSpan(written));
            return output[..written];
        }
        catch (Org.BouncyCastle.Crypto.InvalidCipherTextException e)
        {
            throw new CryptographicException("SM4-GCM 认证失败：数据已被改动或密钥不符。", e);
        }
    }

    public static byte[] NewKey() => RandomNumberGenerator.GetBytes(KeySize);

    private static GcmBlockCipher Create(bool encrypt, ReadOnlySpan<byte> key, ReadOnlySpan<byte> nonce, ReadOnlySpan<byte> associatedData)
    {
        if (key.Length != KeySize)
        {
            throw new ArgumentException($"SM4 密钥必须为 {KeySize} 字节。", nameof(key));
        }

        var cipher = new GcmBlockCipher(new SM4Engine());
        cipher.Init(encrypt, new AeadParameters(new KeyParameter(key), TagSize * 8, nonce.ToArray(), associatedData.ToArray()));
        return cipher;
    }
}
