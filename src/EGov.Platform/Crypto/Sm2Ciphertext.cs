using System.Security.Cryptography;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Math;
using Org.BouncyCastle.Utilities;

namespace EGov.Platform.Crypto;

/// <summary>
/// Converts SM2 ciphertexts between the raw C1C3C2 concatenation that <see cref="Sm2"/> uses and the DER
/// <c>SM2Cipher ::= SEQUENCE { XCoordinate INTEGER, YCoordinate INTEGER, HASH OCTET STRING (32), CipherText OCTET STRING }</c>
/// of GM/T 0009 (what OpenSSL, USB keys and most SDKs exchange).
/// </summary>
public static class Sm2Ciphertext
{
    private const int CoordinateSize = 32;
    private const int PointSize = 1 + (2 * CoordinateSize);
    private const int HashSize = Sm3.HashSize;

    /// <exception cref="CryptographicException">The input is not a DER SM2Cipher.</exception>
    public static byte[] FromAsn1(ReadOnlySpan<byte> der)
    {
        try
        {
            var sequence = Asn1Sequence.GetInstance(Asn1Object.FromByteArray(der.ToArray()));
            if (sequence.Count != 4)
            {
                throw new CryptographicException("SM2Cipher 应有 4 个字段。");
            }

            var x = DerInteger.GetInstance(sequence[0]).PositiveValue;
            var y = DerInteger.GetInstance(sequence[1]).PositiveValue;
            var hash = Asn1OctetString.GetInstance(sequence[2]).GetOctets();
            var c2 = Asn1OctetString.GetInstance(sequence[3]).GetOctets();
            if (hash.Length != HashSize)
            {
                throw new CryptographicException("SM2Cipher 的杂凑值应为 32 字节。");
            }

            return [0x04, .. BigIntegers.AsUnsignedByteArray(CoordinateSize, x), .. BigIntegers.AsUnsignedByteArray(CoordinateSize, y), .. hash, .. c2];
        }
        catch (Exception e) when (e is ArgumentException or IOException or InvalidCastException)
        {
            throw new CryptographicException("不是有效的 SM2Cipher DER 编码。", e);
        }
    }

    /// <exception cref="CryptographicException">The input is not an uncompressed-point C1C3C2 ciphertext.</exception>
    public static byte[] ToAsn1(ReadOnlySpan<byte> c1c3c2)
    {
        if (c1c3c2.Length < PointSize + HashSize || c1c3c2[0] != 0x04)
        {
            throw new CryptographicException("SM2 密文应以未压缩点 C1（0x04 开头）起始，并含 32 字节 C3。");
        }

        var x = new BigInteger(1, c1c3c2[1..(1 + CoordinateSize)].ToArray());
        var y = new BigInteger(1, c1c3c2[(1 + CoordinateSize)..PointSize].ToArray());
        var c3 = c1c3c2[PointSize..(PointSize + HashSize)].ToArray();
        var c2 = c1c3c2[(PointSize + HashSize)..].ToArray();
        return new DerSequence(new DerInteger(x), new DerInteger(y), new DerOctetString(c3), new DerOctetString(c2)).GetEncoded(Asn1Encodable.Der);
    }
}
