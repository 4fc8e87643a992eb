using System.Security.Cryptography;
using EGov.Platform.Crypto;
using Org.BouncyCastle.Crypto.Parameters;

namespace EGov.UnitTests.Crypto;

public sealed class Sm2CiphertextTests
{
    [Fact]
    public void OpenSSL_ciphertext_decrypts_after_conversion_from_DER()
    {
        var privateKey = Sm2.DecodePrivateKey(Convert.FromHexString(Sm2Vectors.OpenSslPrivateKey));

        var raw = Sm2Ciphertext.FromAsn1(Convert.FromHexString(Sm2Vectors.OpenSslCiphertextDer));

        Assert.Equal(Sm2Vectors.OpenSslPlaintext.ToArray(), Sm2.Decrypt(privateKey, raw));
    }

    [Fact]
    public void Conversion_back_to_DER_reproduces_the_OpenSSL_bytes()
    {
        var der = Convert.FromHexString(Sm2Vectors.OpenSslCiphertextDer);

        Assert.Equal(der, Sm2Ciphertext.ToAsn1(Sm2Ciphertext.FromAsn1(der)));
    }

    [Fact]
    public void Our_ciphertext_survives_DER_conversion_with_short_coordinates_padded()
    {
        var pair = Sm2.GenerateKeyPair();
        for (var i = 0; i < 20; i++)
        {
            var raw = Sm2.Encrypt((ECPublicKeyParameters)pair.Public, "数据"u8);

            var back = Sm2Ciphertext.FromAsn1(Sm2Ciphertext.ToAsn1(raw));

            Assert.Equal(raw, back);
        }
    }

    [Theory]
    [InlineData("3003020101")]
    [InlineData("00")]
    [InlineData("30080201010201010400")]
    public void Malformed_DER_is_a_cryptographic_error(string hex)
        => Assert.Throws<CryptographicException>(() => Sm2Ciphertext.FromAsn1(Convert.FromHexString(hex)));

    [Fact]
    public void Raw_ciphertext_without_an_uncompressed_point_is_refused()
        => Assert.Throws<CryptographicException>(() => Sm2Ciphertext.ToAsn1(new byte[120]));
}
