using System.Security.Cryptography;
using EGov.Platform.Keys;
using EGov.Platform.PersonalData;
using EGov.UnitTests.Keys;

namespace EGov.UnitTests.PersonalData;

public sealed class PersonalDataProtectorTests
{
    private readonly PersonalDataProtector _protector = new(KeyStoreHarness.NewMasterKey());

    [Fact]
    public void Protected_value_is_a_v1_envelope_that_unprotects_to_the_value()
    {
        var envelope = _protector.Protect("420502199001011234", "UserAccount.ResidentId");

        Assert.StartsWith("v1:", envelope, StringComparison.Ordinal);
        Assert.DoesNotContain("420502", envelope, StringComparison.Ordinal);
        Assert.Equal("420502199001011234", _protector.Unprotect(envelope, "UserAccount.ResidentId"));
    }

    [Fact]
    public void Altered_envelope_is_rejected()
    {
        var envelope = _protector.Protect("13812345678", "UserAccount.Phone");
        var bytes = Convert.FromBase64String(envelope[3..]);
        bytes[^1] ^= 0x01;

        Assert.Throws<CryptographicException>(() => _protector.Unprotect("v1:" + Convert.ToBase64String(bytes), "UserAccount.Phone"));
    }

    [Fact]
    public void Envelope_cannot_be_moved_to_another_purpose()
    {
        var envelope = _protector.Protect("13812345678", "UserAccount.Phone");

        Assert.Throws<CryptographicException>(() => _protector.Unprotect(envelope, "UserAccount.ResidentId"));
    }

    [Fact]
    public void Envelope_needs_the_same_master_key()
    {
        var envelope = _protector.Protect("13812345678", "UserAccount.Phone");

        Assert.Throws<CryptographicException>(() => new PersonalDataProtector(KeyStoreHarness.NewMasterKey()).Unprotect(envelope, "UserAccount.Phone"));
    }

    [Theory]
    [InlineData("13812345678")]
    [InlineData("v2:AAAA")]
    [InlineData("v1:not base64")]
    public void Value_that_is_not_a_v1_envelope_is_rejected(string value)
        => Assert.Throws<CryptographicException>(() => _protector.Unprotect(value, "UserAccount.Phone"));

    [Fact]
    public void Blind_index_is_stable_for_the_same_normalized_value()
    {
        var index = _protector.BlindIndex("42050219900101123X");

        Assert.Equal(64, index.Length);
        Assert.Equal(index, _protector.BlindIndex(" 42050219900101123x "));
        Assert.Equal(index, _protector.BlindIndex("４２０５０２１９９００１０１１２３Ｘ"));
        Assert.NotEqual(index, _protector.BlindIndex("420502199001011234"));
    }

    [Fact]
    public void Blind_index_depends_on_the_master_key()
        => Assert.NotEqual(_protector.BlindIndex("13812345678"), new PersonalDataProtector(KeyStoreHarness.NewMasterKey()).BlindIndex("13812345678"));

    [Fact]
    public void Blind_index_key_is_not_the_encryption_key()
    {
        var masterKey = new MasterKey(RandomNumberGenerator.GetBytes(MasterKey.Size));

        Assert.NotEqual(masterKey.DeriveSm4Key(MasterKey.PersonalDataPurpose), masterKey.DeriveMacKey(MasterKey.BlindIndexPurpose)[..16]);
    }
}
