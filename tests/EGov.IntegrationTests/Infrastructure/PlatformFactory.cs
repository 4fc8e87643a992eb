using EGov.Platform.Data;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.IntegrationTests.Infrastructure;

/// <summary>
/// The whole platform over HTTP on a fresh database of one provider, migrated by the real migrations,
/// with the demo data seeded, and with its files in a temporary folder.
/// </summary>
public abstract class PlatformFactory : WebApplicationFactory<Program>, IAsyncLifetime
{
    private readonly string _dataRoot = Directory.CreateTempSubdirectory("egov-it-").FullName;

    public abstract DatabaseProvider Provider { get; }

    /// <summary>Connection string of this factory's own database.</summary>
    public string ConnectionString { get; private set; } = "";

    public string DataRoot => _dataRoot;

    public virtual async Task InitializeAsync()
    {
        ConnectionString = await CreateDatabaseAsync();
        _ = Services; // start the host: migrations, start-up tasks and demo data run now
    }

    protected abstract Task<string> CreateDatabaseAsync();

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.ConfigureAppConfiguration(config => config.AddInMemoryCollection(Settings()));
    }

    /// <summary>Settings of the test host; subclasses may add their own.</summary>
    protected virtual Dictionary<string, string?> Settings() => new()
    {
        ["Database:Provider"] = Provider.ToString(),
        ["Database:ConnectionString"] = ConnectionString,
        ["Database:MigrateOnStart"] = "true",
        ["Demo:Enabled"] = "true",
        ["Storage:DataRoot"] = _dataRoot,
        ["Keys:MasterKeyFile"] = Path.Combine(_dataRoot, "keys", "master.key"),
        ["Attachments:Root"] = Path.Combine(_dataRoot, "files"),
        ["RateLimits:PublicFormPerMinute"] = "10000",
        ["RateLimits:PublicFormPerAccountPerMinute"] = "10000",
        ["Oversight:ScanJob"] = "false",
    };

    /// <summary>
    /// A second host over the same database and files, changed by <paramref name="configure"/>. It keeps a search index
    /// of its own: one folder takes one index writer, as one node does in production.
    /// </summary>
    public WebApplicationFactory<Program> Derive(Action<IWebHostBuilder> configure)
        => WithWebHostBuilder(b =>
        {
            var ownRoot = Path.Combine(_dataRoot, "hosts", Guid.NewGuid().ToString("N"));
            b.ConfigureAppConfiguration(c => c.AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:DataRoot"] = ownRoot }));
            configure(b);
        });

    /// <summary>A new scope on the host's services, e.g. to read the database directly in an assertion.</summary>
    public AsyncServiceScope Scope() => Services.CreateAsyncScope();

    public static EGovDbContext Db(AsyncServiceScope scope) => scope.ServiceProvider.GetRequiredService<EGovDbContext>();

    async Task IAsyncLifetime.DisposeAsync()
    {
        await base.DisposeAsync();
        try
        {
            Directory.Delete(_dataRoot, recursive: true);
        }
        catch (IOException)
        {
            // a file still held by a finalising connection; the OS cleans the temp folder
        }
    }
}

public sealed class SqlitePlatform : PlatformFactory
{
    public override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    protected override Task<string> CreateDatabaseAsync()
        => Task.FromResult($"Data Source={Path.Combine(DataRoot, "egov.db")}");
}

public sealed class PostgresPlatform : PlatformFactory
{
    public override DatabaseProvider Provider => DatabaseProvider.Postgres;

    protected override Task<string> CreateDatabaseAsync() => PostgresCluster.CreateDatabaseAsync();
}
