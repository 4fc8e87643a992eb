using Org.BouncyCastle.Crypto.Digests;
using Org.BouncyCastle.Crypto.Macs;
using Org.BouncyCastle.Crypto.Parameters;

namespace EGov.Platform.Crypto;

/// <summary>SM3 hash (GB/T 32905-2016) and HMAC-SM3.</summary>
public static class Sm3
{
    public const int HashSize = 32;

    public static byte[] Hash(ReadOnlySpan<byte> data)
    {
        var digest = new SM3Digest();
        digest.BlockUpdate(data);
        var result = new byte[HashSize];
        digest.DoFinal(result, 0);
        return result;
    }

    public static byte[] Hash(Stream stream)
    {
        var digest = new SM3Digest();
        var buffer = new byte[81920];
        int read;
        while ((read = stream.Read(buffer, 0, buffer.Length)) > 0)
        {
            digest.BlockUpdate(buffer, 0, read);
        }

        var result = new byte[HashSize];
        digest.DoFinal(result, 0);
        return result;
    }

    public static string HashHex(ReadOnlySpan<byte> data) => Convert.ToHexStringLower(Hash(data));

    public static byte[] Hmac(ReadOnlySpan<byte> key, ReadOnlySpan<byte> data)
    {
        var mac = new HMac(new SM3Digest());
        mac.Init(new KeyParameter(key));
        mac.BlockUpdate(data);
        var result = new byte[HashSize];
        mac.DoFinal(result, 0);
        return result;
    }
}
