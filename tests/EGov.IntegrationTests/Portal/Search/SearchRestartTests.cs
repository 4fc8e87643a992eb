using System.Text.Json;
using EGov.IntegrationTests.Infrastructure;
using EGov.Platform.Data;

namespace EGov.IntegrationTests.Portal.Search;

/// <summary>Each test starts its own hosts one after another on one data folder and database.</summary>
public abstract class SearchRestartTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("egov-search-restart-").FullName;

    protected abstract DatabaseProvider Provider { get; }

    protected abstract Task<string> DatabaseAsync(string root);

    public void Dispose()
    {
        Directory.Delete(_root, recursive: true);
        GC.SuppressFinalize(this);
    }

    private static async Task<int> TotalAsync(PlatformFactory host, string query)
    {
        using var client = host.CreateClient();
        var json = await client.GetStringAsync(new Uri("/api/v1/search?" + query, UriKind.Relative));
        return JsonDocument.Parse(json).RootElement.GetProperty("total").GetInt32();
    }

    private async Task<int> TotalOnNewHostAsync(string database, Func<PlatformFactory, Task<string>> query)
    {
        IAsyncLifetime host = new SharedRootPlatform(Provider, _root, database);
        await host.InitializeAsync();
        try
        {
            var platform = (PlatformFactory)host;
            return await TotalAsync(platform, await query(platform));
        }
        finally
        {
            await host.DisposeAsync();
        }
    }

    [Fact]
    public async Task Index_survives_a_restart_and_is_rebuilt_at_start_when_deleted()
    {
        var database = await DatabaseAsync(_root);
        var query = "";
        var found = await TotalOnNewHostAsync(database, async first =>
        {
            var portal = new PortalBuilder(first);
            var site = await portal.SiteAsync();
            await SearchPublishing.PublishAsync(first, site, await portal.ChannelAsync(site), "城乡居民医保缴费通知", "<p>医保缴费自即日起开始。</p>");
            return query = $"q=医保%20缴费&site={site.Code}";
        });
        Assert.Equal(1, found);

        Assert.Equal(1, await TotalOnNewHostAsync(database, _ => Task.FromResult(query)));

        Directory.Delete(Path.Combine(_root, "search-index"), recursive: true);
        Assert.Equal(1, await TotalOnNewHostAsync(database, _ => Task.FromResult(query)));
    }
}

public sealed class SearchRestartOnSqlite : SearchRestartTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Sqlite;

    protected override Task<string> DatabaseAsync(string root) => Task.FromResult($"Data Source={Path.Combine(root, "egov.db")};Pooling=false");
}

public sealed class SearchRestartOnPostgres : SearchRestartTests
{
    protected override DatabaseProvider Provider => DatabaseProvider.Postgres;

    protected override Task<string> DatabaseAsync(string root) => PostgresCluster.CreateDatabaseAsync();
}
