using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace EGov.Platform.Data;

public static class DatabaseRegistration
{
    public const string SqliteMigrationsAssembly = "EGov.Migrations.Sqlite";
    public const string PostgresMigrationsAssembly = "EGov.Migrations.Postgres";

    /// <summary>Chooses the provider from <c>Database:Provider</c> and wires the one platform DbContext.</summary>
    public static IServiceCollection AddPlatformDatabase(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        services.Configure<DatabaseOptions>(configuration.GetSection(DatabaseOptions.Section));
        services.AddSingleton<ModelContributors>();

        // Options are read when the context is resolved, not here: hosts and test factories may add configuration late.
        services.AddDbContext<EGovDbContext>((provider, db) =>
        {
            var options = provider.GetRequiredService<IOptions<DatabaseOptions>>().Value;
            var dataRoot = DataPaths.Root(provider.GetService<IConfiguration>() ?? configuration, contentRoot);
            Configure(db, options, dataRoot);
        });
        return services;
    }

    public static void Configure(DbContextOptionsBuilder db, DatabaseOptions options, string dataRoot)
    {
        switch (options.Provider)
        {
            case DatabaseProvider.Postgres:
                db.UseNpgsql(options.ConnectionString, o => o.MigrationsAssembly(PostgresMigrationsAssembly));
                break;
            default:
                db.UseSqlite(SqliteConnectionString(options.ConnectionString, dataRoot), o => o.MigrationsAssembly(SqliteMigrationsAssembly));
                break;
        }
    }

    public static string SqliteConnectionString(string configured, string dataRoot)
        => string.IsNullOrWhiteSpace(configured) ? $"Data Source={Path.Combine(dataRoot, "egov.db")}" : configured;
}
