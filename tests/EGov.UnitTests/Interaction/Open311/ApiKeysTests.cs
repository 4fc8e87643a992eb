using EGov.Interaction.Open311.Clients;
using EGov.Interaction.Open311.Demo;

namespace EGov.UnitTests.Interaction.Open311;

public sealed class ApiKeysTests
{
    [Fact]
    public void A_new_key_is_32_random_bytes_in_base64url()
    {
        var key = ApiKeys.New();

        Assert.Equal(43, key.Length);
        Assert.Matches("^[A-Za-z0-9_-]+$", key);
        Assert.NotEqual(key, ApiKeys.New());
    }

    [Fact]
    public void Only_the_sm3_of_the_key_matches()
    {
        var hash = ApiKeys.Hash(Open311DemoSeeder.DemoKey);

        Assert.Equal(64, hash.Length);
        Assert.True(ApiKeys.Matches(Open311DemoSeeder.DemoKey, hash));
        Assert.False(ApiKeys.Matches("xl-demo-open311-2025", hash));
        Assert.Equal("xl-demo-", ApiKeys.Prefix(Open311DemoSeeder.DemoKey));
    }
}
