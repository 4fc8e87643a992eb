using EGov.Platform.Crypto;
using Org.BouncyCastle.Asn1;
using Org.BouncyCastle.Crypto;
using Org.BouncyCastle.Crypto.Parameters;
using Org.BouncyCastle.Math;
using Org.BouncyCastle.Security;

namespace EGov.UnitTests.Crypto;

public sealed class Sm2Tests
{
    private static readonly AsymmetricCipherKeyPair Pair = Sm2.GenerateKeyPair();
    private static ECPrivateKeyParameters PrivateKey => (ECPrivateKeyParameters)Pair.Private;
    private static ECPublicKeyParameters PublicKey => (ECPublicKeyParameters)Pair.Public;

    [Fact]
    public void Public_key_of_the_standard_example_private_key_is_the_published_one()
    {
        var privateKey = Sm2.DecodePrivateKey(Convert.FromHexString(Sm2Vectors.StandardPrivateKey));

        Assert.Equal(Sm2Vectors.StandardPublicKey, Convert.ToHexString(Sm2.EncodePublicKey(Sm2.PublicKeyOf(privateKey))));
    }

    [Fact]
    public void Published_GB_T_32918_signature_verifies_with_the_default_signer_id()
    {
        var publicKey = Sm2.DecodePublicKey(Convert.FromHexString(Sm2Vectors.StandardPublicKey));
        var signature = new DerSequence(
            new DerInteger(new BigInteger(Sm2Vectors.StandardSignatureR, 16)),
            new DerInteger(new BigInteger(Sm2Vectors.StandardSignatureS, 16))).GetEncoded();

        Assert.True(Sm2.Verify(publicKey, "message digest"u8, signature));
        Assert.False(Sm2.Verify(publicKey, "message digest"u8, signature, "ALICE123@YAHOO.COM"));
        Assert.False(Sm2.Verify(publicKey, "message digesT"u8, signature));
    }

    [Fact]
    public void Signature_made_by_OpenSSL_verifies()
    {
        var publicKey = Sm2.DecodePublicKey(Convert.FromHexString(Sm2Vectors.OpenSslPublicKey));

        Assert.True(Sm2.Verify(publicKey, Sm2Vectors.OpenSslMessage, Convert.FromHexString(Sm2Vectors.OpenSslSignature)));
    }

    [Fact]
    public void Signature_verifies_with_the_default_signer_id()
    {
        var signature = Sm2.Sign(PrivateKey, "关于印发西陵区政务公开工作要点的通知"u8);

        Assert.True(Sm2.Verify(PublicKey, "关于印发西陵区政务公开工作要点的通知"u8, signature, "1234567812345678"));
    }

    [Fact]
    public void Signature_fails_with_another_signer_id_or_an_altered_message()
    {
        var signature = Sm2.Sign(PrivateKey, "original"u8);

        Assert.False(Sm2.Verify(PublicKey, "original"u8, signature, "8765432187654321"));
        Assert.False(Sm2.Verify(PublicKey, "originaL"u8, signature));
    }

    [Fact]
    public void Signature_with_an_explicit_signer_id_needs_that_id()
    {
        var signature = Sm2.Sign(PrivateKey, "payload"u8, "xiling-documents");

        Assert.True(Sm2.Verify(PublicKey, "payload"u8, signature, "xiling-documents"));
        Assert.False(Sm2.Verify(PublicKey, "payload"u8, signature));
    }

    [Fact]
    public void Malformed_signature_is_invalid_rather_than_an_error()
        => Assert.False(Sm2.Verify(PublicKey, "payload"u8, [0x30, 0x03, 0x02, 0x01]));

    [Fact]
    public void Signature_from_BouncyCastle_SM3withSM2_verifies_with_ours_and_ours_with_it()
    {
        var theirs = SignerUtilities.GetSigner("SM3withSM2");
        theirs.Init(true, new ParametersWithRandom(PrivateKey, new SecureRandom()));
        theirs.BlockUpdate("exchange message"u8);
        var theirSignature = theirs.GenerateSignature();

        var ourSignature = Sm2.Sign(PrivateKey, "exchange message"u8);
        var verifier = SignerUtilities.GetSigner("SM3withSM2");
        verifier.Init(false, PublicKey);
        verifier.BlockUpdate("exchange message"u8);

        Assert.True(Sm2.Verify(PublicKey, "exchange message"u8, theirSignature));
        Assert.True(verifier.VerifySignature(ourSignature));
    }

    [Fact]
    public void Encryption_round_trip_uses_the_C1C3C2_layout()
    {
        var plaintext = "办件编号 XL-2026-000123"u8.ToArray();

        var ciphertext = Sm2.Encrypt(PublicKey, plaintext);

        Assert.Equal(0x04, ciphertext[0]);
        Assert.Equal(97 + plaintext.Length, ciphertext.Length);
        Assert.Equal(plaintext, Sm2.Decrypt(PrivateKey, ciphertext));
    }

    [Fact]
    public void Published_GB_T_32918_ciphertext_decrypts()
    {
        var privateKey = Sm2.DecodePrivateKey(Convert.FromHexString(Sm2Vectors.StandardPrivateKey));

        var plaintext = Sm2.Decrypt(privateKey, Convert.FromHexString(Sm2Vectors.StandardCiphertextC1C3C2));

        Assert.Equal("encryption standard"u8.ToArray(), plaintext);
    }

    [Fact]
    public void Altered_ciphertext_is_rejected()
    {
        var ciphertext = Sm2.Encrypt(PublicKey, "secret"u8);
        ciphertext[^1] ^= 0x01;

        Assert.Throws<InvalidCipherTextException>(() => Sm2.Decrypt(PrivateKey, ciphertext));
    }

    [Fact]
    public void Private_key_outside_the_curve_order_is_refused()
    {
        Assert.Throws<ArgumentException>(() => Sm2.DecodePrivateKey(new byte[32]));
        Assert.Throws<ArgumentException>(() => Sm2.DecodePrivateKey(Sm2.Domain.N.ToByteArrayUnsigned()));
    }

    [Fact]
    public void Key_encodings_round_trip()
    {
        Assert.Equal(PublicKey.Q, Sm2.DecodePublicKey(Sm2.EncodePublicKey(PublicKey)).Q);
        Assert.Equal(PrivateKey.D, Sm2.DecodePrivateKey(Sm2.EncodePrivateKey(PrivateKey)).D);
    }
}
