using EGov.Platform.Keys;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.UnitTests.Keys;

public sealed class KeyStoreHostingTests
{
    [Fact]
    public async Task Start_up_task_ensures_the_root_and_the_platform_key()
    {
        await using var harness = new KeyStoreHarness();
        harness.Services.GetRequiredService<MasterKey>();

        await new KeyStoreStartupTask().RunAsync(harness.Services, CancellationToken.None);
        await new KeyStoreStartupTask().RunAsync(harness.Services, CancellationToken.None);

        var rows = await harness.RowsAsync();
        Assert.Equal(["ca", IKeyStore.PlatformOwner], rows.Select(r => r.Owner).Order());
    }

    [Fact]
    public async Task Rotate_verb_rotates_the_named_owner()
    {
        await using var harness = new KeyStoreHarness();
        var old = await harness.Store.GetSigningKeyAsync("platform");
        using var output = new StringWriter();

        var exitCode = await new RotateKeyVerb().RunAsync(harness.Services, ["platform"], output, CancellationToken.None);

        var current = await harness.Store.GetSigningKeyAsync("platform");
        Assert.Equal(0, exitCode);
        Assert.NotEqual(old.KeyId, current.KeyId);
        Assert.Contains(current.KeyId, output.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Rotate_verb_without_an_owner_shows_usage_and_fails()
    {
        await using var harness = new KeyStoreHarness();
        using var output = new StringWriter();

        var exitCode = await new RotateKeyVerb().RunAsync(harness.Services, [], output, CancellationToken.None);

        Assert.Equal(2, exitCode);
        Assert.Contains("keys rotate", output.ToString(), StringComparison.Ordinal);
        Assert.Empty(await harness.RowsAsync());
    }
}
