using EGov.Platform.Audit;
using EGov.Platform.Data;
using EGov.Platform.Keys;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace EGov.UnitTests.Keys;

/// <summary>A key store over a real SQLite database (in memory unless a file is given) with a fixed clock.</summary>
internal sealed class KeyStoreHarness : IAsyncDisposable
{
    public static readonly DateTimeOffset Start = new(2026, 11, 28, 1, 0, 0, TimeSpan.Zero);

    private readonly SqliteConnection? _connection;

    public KeyStoreHarness(MasterKey? masterKey = null, string? databaseFile = null, KeysOptions? options = null)
    {
        var services = new ServiceCollection();
        if (databaseFile is null)
        {
            _connection = new SqliteConnection("DataSource=:memory:");
            _connection.Open();
            services.AddDbContext<EGovDbContext>(o => o.UseSqlite(_connection));
        }
        else
        {
            services.AddDbContext<EGovDbContext>(o => o.UseSqlite($"Data Source={databaseFile}"));
        }

        services.AddSingleton(new ModelContributors([]));
        services.AddSingleton<TimeProvider>(Clock);
        services.AddSingleton<IAuditLog>(Audit);
        services.AddSingleton(masterKey ?? NewMasterKey());
        services.AddSingleton(Options.Create(options ?? new KeysOptions()));
        services.AddSingleton<CertificateAuthority>();
        services.AddSingleton(sp => new KeyStore(
            sp.GetRequiredService<IServiceScopeFactory>(), sp.GetRequiredService<MasterKey>(), sp.GetRequiredService<CertificateAuthority>(), Clock));
        services.AddSingleton<IKeyStore>(sp => sp.GetRequiredService<KeyStore>());
        Services = services.BuildServiceProvider();
        using var scope = Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<EGovDbContext>().Database.EnsureCreated();
    }

    public ServiceProvider Services { get; }
    public FakeTimeProvider Clock { get; } = new(Start);
    public RecordingAuditLog Audit { get; } = new();
    public KeyStore Store => Services.GetRequiredService<KeyStore>();

    public static MasterKey NewMasterKey() => new(System.Security.Cryptography.RandomNumberGenerator.GetBytes(MasterKey.Size));

    public async Task<List<StoredKey>> RowsAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<EGovDbContext>().Set<StoredKey>().AsNoTracking().ToListAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        if (_connection is not null)
        {
            await _connection.DisposeAsync();
        }
    }
}
