using EGov.IntegrationTests.Infrastructure;
using EGov.Platform.Audit;
using EGov.Platform.Data;
using EGov.Platform.Keys;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Time.Testing;

namespace EGov.IntegrationTests.Audit;

/// <summary>
/// The audit services alone over a fresh database of one provider (a SQLite file, or a database on the test cluster),
/// created from the model with the append-only triggers of <see cref="AuditTriggerSql"/> applied, as the migration does.
/// </summary>
public sealed class AuditDatabase : IAsyncDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("egov-audit-").FullName;

    private AuditDatabase(DatabaseProvider provider) => Provider = provider;

    public DatabaseProvider Provider { get; }
    public ServiceProvider Services { get; private set; } = null!;
    public FakeTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 11, 28, 1, 0, 0, TimeSpan.Zero));
    public TestKeyStore Keys { get; } = new();

    public static async Task<AuditDatabase> CreateAsync(DatabaseProvider provider, int checkpointEvery = 1000)
    {
        var database = new AuditDatabase(provider);
        var connection = provider == DatabaseProvider.Sqlite
            ? $"Data Source={Path.Combine(database._folder, "audit.db")};Default Timeout=60"
            : await CreatePostgresDatabaseAsync();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = provider.ToString(),
            ["Database:ConnectionString"] = connection,
            ["Audit:CheckpointEvery"] = checkpointEvery.ToString(System.Globalization.CultureInfo.InvariantCulture),
        }).Build();
        var services = new ServiceCollection();
        services.AddLogging();
        services.AddSingleton<TimeProvider>(database.Clock);
        services.AddSingleton<IKeyStore>(database.Keys);
        services.AddPlatformDatabase(configuration, database._folder);
        services.AddAudit(configuration);
        database.Services = services.BuildServiceProvider();
        await using var scope = database.Services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EGovDbContext>();
        await db.Database.EnsureCreatedAsync();
        foreach (var statement in provider == DatabaseProvider.Sqlite ? AuditTriggerSql.Sqlite : AuditTriggerSql.Postgres)
        {
            await db.Database.ExecuteSqlRawAsync(statement);
        }

        return database;
    }

    public T Get<T>() where T : notnull => Services.GetRequiredService<T>();

    public async Task<int> ExecuteAsync(string sql)
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<EGovDbContext>().Database.ExecuteSqlRawAsync(sql);
    }

    /// <summary>What an intruder with database access does first.</summary>
    public Task DropTriggersAsync() => Provider == DatabaseProvider.Sqlite
        ? ExecuteAsync("DROP TRIGGER plat_audit_entries_no_update; DROP TRIGGER plat_audit_entries_no_delete; DROP TRIGGER plat_audit_checkpoints_no_update; DROP TRIGGER plat_audit_checkpoints_no_delete;")
        : ExecuteAsync("ALTER TABLE plat_audit_entries DISABLE TRIGGER USER; ALTER TABLE plat_audit_checkpoints DISABLE TRIGGER USER;");

    public async Task<T> QueryAsync<T>(Func<EGovDbContext, Task<T>> query)
    {
        await using var scope = Services.CreateAsyncScope();
        return await query(scope.ServiceProvider.GetRequiredService<EGovDbContext>());
    }

    public async Task<AuditVerification> VerifyAsync()
    {
        await using var scope = Services.CreateAsyncScope();
        return await scope.ServiceProvider.GetRequiredService<AuditVerifier>().VerifyAsync();
    }

    public async ValueTask DisposeAsync()
    {
        await Services.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_folder, recursive: true);
    }

    private static Task<string> CreatePostgresDatabaseAsync() => PostgresCluster.CreateDatabaseAsync("egov_audit");
}
