using System.Text;
using EGov.Platform.Crypto;

namespace EGov.UnitTests.Crypto;

public sealed class Sm3Tests
{
    [Fact]
    public void Hash_of_abc_matches_the_GB_T_32905_example()
        => Assert.Equal("66c7f0f462eeedd9d1f2d46bdc10e4e24167c4875cf2f7a2297da02b8f4ba8e0", Sm3.HashHex("abc"u8));

    [Fact]
    public void Hash_of_abcd_sixteen_times_matches_the_GB_T_32905_example()
    {
        var message = Encoding.ASCII.GetBytes(string.Concat(Enumerable.Repeat("abcd", 16)));

        Assert.Equal("debe9ff92275b8a138604889c18e5a4d6fdb70e5387e5765293dcba39c0c5732", Sm3.HashHex(message));
    }

    [Fact]
    public void Hash_of_a_stream_equals_hash_of_its_bytes()
    {
        var data = Encoding.UTF8.GetBytes(new string('政', 100_000));

        using var stream = new MemoryStream(data);

        Assert.Equal(Sm3.Hash(data), Sm3.Hash(stream));
    }

    [Fact]
    public void Hmac_depends_on_the_key()
    {
        var first = Sm3.Hmac("key-1"u8, "message"u8);
        var second = Sm3.Hmac("key-2"u8, "message"u8);

        Assert.Equal(Sm3.HashSize, first.Length);
        Assert.NotEqual(first, second);
        Assert.Equal(first, Sm3.Hmac("key-1"u8, "message"u8));
    }
}
