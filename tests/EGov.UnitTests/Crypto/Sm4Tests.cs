using System.Security.Cryptography;
using EGov.Platform.Crypto;
using Org.BouncyCastle.Crypto.Engines;
using Org.BouncyCastle.Crypto.Parameters;

namespace EGov.UnitTests.Crypto;

public sealed class Sm4Tests
{
    private static readonly byte[] Key = Convert.FromHexString("0123456789abcdeffedcba9876543210");

    [Fact]
    public void Single_block_matches_the_GB_T_32907_example()
    {
        var engine = new SM4Engine();
        engine.Init(true, new KeyParameter(Key));
        var output = new byte[16];

        engine.ProcessBlock(Key, 0, output, 0);

        Assert.Equal("681edf34d206965e86b3e94f536e4246", Convert.ToHexStringLower(output));
    }

    [Fact]
    public void Gcm_round_trip_returns_the_plaintext()
    {
        var key = Sm4.NewKey();
        var plaintext = "420502199001011234 湖北省宜昌市西陵区"u8.ToArray();

        var sealedData = Sm4.EncryptGcm(key, plaintext, "UserAccount.ResidentId"u8);

        Assert.Equal(Sm4.NonceSize + plaintext.Length + Sm4.TagSize, sealedData.Length);
        Assert.Equal(plaintext, Sm4.DecryptGcm(key, sealedData, "UserAccount.ResidentId"u8));
    }

    [Fact]
    public void Gcm_encrypts_the_same_plaintext_differently_each_time()
    {
        var key = Sm4.NewKey();

        Assert.NotEqual(Sm4.EncryptGcm(key, "same"u8), Sm4.EncryptGcm(key, "same"u8));
    }

    [Fact]
    public void Gcm_rejects_an_altered_ciphertext()
    {
        var key = Sm4.NewKey();
        var sealedData = Sm4.EncryptGcm(key, "secret"u8);
        sealedData[Sm4.NonceSize] ^= 0x01;

        Assert.Throws<CryptographicException>(() => Sm4.DecryptGcm(key, sealedData));
    }

    [Fact]
    public void Gcm_rejects_other_associated_data()
    {
        var key = Sm4.NewKey();
        var sealedData = Sm4.EncryptGcm(key, "secret"u8, "row-1"u8);

        Assert.Throws<CryptographicException>(() => Sm4.DecryptGcm(key, sealedData, "row-2"u8));
    }

    [Fact]
    public void Gcm_rejects_another_key()
    {
        var sealedData = Sm4.EncryptGcm(Sm4.NewKey(), "secret"u8);

        Assert.Throws<CryptographicException>(() => Sm4.DecryptGcm(Sm4.NewKey(), sealedData));
    }

    [Fact]
    public void Gcm_rejects_a_truncated_ciphertext()
        => Assert.Throws<CryptographicException>(() => Sm4.DecryptGcm(Sm4.NewKey(), new byte[Sm4.NonceSize + Sm4.TagSize - 1]));

    [Fact]
    public void Key_of_the_wrong_length_is_refused()
        => Assert.Throws<ArgumentException>(() => Sm4.EncryptGcm(new byte[32], "secret"u8));
}
