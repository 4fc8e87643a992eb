using System.Security.Cryptography;
using EGov.Platform.Keys;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.Logging;

namespace EGov.UnitTests.Keys;

public sealed class MasterKeyTests : IDisposable
{
    private readonly string _contentRoot = Path.Combine(Path.GetTempPath(), $"egov-master-{Guid.NewGuid():N}");
    private readonly ListLogger _logger = new();

    [Fact]
    public void First_start_creates_a_private_key_file_and_warns_to_back_it_up()
    {
        var key = Load();

        var file = Path.Combine(_contentRoot, "data", "keys", "master.key");
        Assert.Equal(MasterKey.Size, Convert.FromBase64String(File.ReadAllText(file).Trim()).Length);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        }

        var warning = Assert.Single(_logger.Entries, e => e.Level == LogLevel.Warning);
        Assert.Contains("请立即备份", warning.Message, StringComparison.Ordinal);
        Assert.Contains("Back it up", warning.Message, StringComparison.Ordinal);
        Assert.Equal(16, key.DeriveSm4Key(MasterKey.KeyStorePurpose).Length);
    }

    [Fact]
    public void Next_start_reads_the_same_key_without_warning()
    {
        var first = Load();
        _logger.Entries.Clear();

        var second = Load();

        Assert.Equal(first.DeriveSm4Key(MasterKey.KeyStorePurpose), second.DeriveSm4Key(MasterKey.KeyStorePurpose));
        Assert.Empty(_logger.Entries);
    }

    [Fact]
    public void Environment_variable_wins_over_the_file()
    {
        var bytes = RandomNumberGenerator.GetBytes(MasterKey.Size);

        var key = Load(Convert.ToBase64String(bytes));

        Assert.Equal(new MasterKey(bytes).Fingerprint, key.Fingerprint);
        Assert.False(Directory.Exists(Path.Combine(_contentRoot, "data")));
    }

    [Fact]
    public void Default_file_lives_under_the_configured_data_root()
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:DataRoot"] = Path.Combine(_contentRoot, "store") })
            .Build();

        MasterKeyLoader.Load(configuration, new KeysOptions(), _contentRoot, _logger);

        Assert.True(File.Exists(Path.Combine(_contentRoot, "store", "keys", "master.key")));
    }

    [Fact]
    public void Configured_file_path_is_used()
    {
        Load(options: new KeysOptions { MasterKeyFile = "secrets/egov.key" });

        Assert.True(File.Exists(Path.Combine(_contentRoot, "secrets", "egov.key")));
    }

    [Theory]
    [InlineData("not base64!")]
    [InlineData("AAAA")]
    public void Malformed_or_short_key_stops_the_start(string value)
        => Assert.Throws<InvalidOperationException>(() => Load(value));

    [Fact]
    public void Derived_keys_differ_by_purpose_and_by_master_key()
    {
        var key = new MasterKey(RandomNumberGenerator.GetBytes(MasterKey.Size));
        var other = new MasterKey(RandomNumberGenerator.GetBytes(MasterKey.Size));

        Assert.NotEqual(key.DeriveSm4Key(MasterKey.KeyStorePurpose), key.DeriveSm4Key(MasterKey.PersonalDataPurpose));
        Assert.NotEqual(key.DeriveSm4Key(MasterKey.KeyStorePurpose), other.DeriveSm4Key(MasterKey.KeyStorePurpose));
        Assert.Equal(32, key.DeriveMacKey(MasterKey.BlindIndexPurpose).Length);
        Assert.NotEqual(key.Fingerprint, other.Fingerprint);
    }

    public void Dispose()
    {
        if (Directory.Exists(_contentRoot))
        {
            Directory.Delete(_contentRoot, recursive: true);
        }
    }

    private MasterKey Load(string? environmentValue = null, KeysOptions? options = null)
    {
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { [KeysOptions.MasterKeyVariable] = environmentValue })
            .Build();
        return MasterKeyLoader.Load(configuration, options ?? new KeysOptions(), _contentRoot, _logger);
    }
}
