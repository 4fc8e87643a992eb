using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Platform.Data;

public static class DatabaseRegistration
{
    public const string SqliteMigrationsAssembly = "EGov.Migrations.Sqlite";
    public const string PostgresMigrationsAssembly = "EGov.Migrations.Postgres";

    /// <summary>Chooses the provider from <c>Database:Provider</c> and wires the one platform DbContext.</summary>
    public static IServiceCollection AddPlatformDatabase(this IServiceCollection services, IConfiguration configuration, string contentRoot)
    {
        var options = configuration.GetSection(DatabaseOptions.Section).Get<DatabaseOptions>() ?? new DatabaseOptions();
        services.Configure<DatabaseOptions>(configuration.GetSection(DatabaseOptions.Section));
        services.AddSingleton<ModelContributors>();
        var dataRoot = DataPaths.Root(configuration, contentRoot);
        services.AddDbContext<EGovDbContext>(db => Configure(db, options, dataRoot));
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
