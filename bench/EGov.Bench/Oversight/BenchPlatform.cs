using EGov.Platform.Data;
using EGov.Platform.Hosting;
using EGov.Platform.Organization.Demo;
using EGov.Web;
using EGov.Web.Hosting;

namespace EGov.Bench.Oversight;

/// <summary>
/// The platform's services as the host builds them (every module), on a fresh database migrated by the real
/// migrations, with the start-up tasks run and the demo departments seeded. The web server is not started, so no
/// background job runs beside the measurements.
/// </summary>
internal sealed class BenchPlatform : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly string _root;

    private BenchPlatform(WebApplication app, string root)
    {
        _app = app;
        _root = root;
    }

    public IServiceProvider Services => _app.Services;

    public static async Task<BenchPlatform> CreateAsync(DatabaseProvider provider, string? connectionString)
    {
        var root = Directory.CreateTempSubdirectory("egov-bench-oversight-").FullName;
        var builder = WebApplication.CreateBuilder(new WebApplicationOptions { EnvironmentName = "Production", ContentRootPath = root });
        builder.Configuration.AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Database:Provider"] = provider.ToString(),
            ["Database:ConnectionString"] = connectionString ?? $"Data Source={Path.Combine(root, "egov.db")}",
            ["Storage:DataRoot"] = root,
            ["Keys:MasterKeyFile"] = Path.Combine(root, "keys", "master.key"),
        });
        builder.Logging.ClearProviders();
        builder.AddHostServices();
        builder.Services.AddModules(builder.Configuration, builder.Environment);
        var app = builder.Build();
        await HostStartup.MigrateAsync(app.Services, CancellationToken.None);
        await HostStartup.RunStartupTasksAsync(app.Services, CancellationToken.None);
        await app.Services.GetServices<IDemoSeeder>().OfType<OrganizationDemoSeeder>().Single().SeedAsync(app.Services, CancellationToken.None);
        return new BenchPlatform(app, root);
    }

    public AsyncServiceScope Scope() => _app.Services.CreateAsyncScope();

    public async ValueTask DisposeAsync()
    {
        await _app.DisposeAsync();
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_root, recursive: true);
    }
}
