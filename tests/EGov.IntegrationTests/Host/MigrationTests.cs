using EGov.IntegrationTests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace EGov.IntegrationTests.Host;

public abstract class MigrationTests(PlatformFactory platform)
{
    [Fact]
    public async Task Platform_runs_on_the_provider_under_test()
    {
        await using var scope = platform.Scope();
        var db = PlatformFactory.Db(scope);

        var expected = platform.Provider == EGov.Platform.Data.DatabaseProvider.Postgres ? "Npgsql" : "Sqlite";
        Assert.Contains(expected, db.Database.ProviderName, StringComparison.Ordinal);
        Assert.Equal(platform.ConnectionString, db.Database.GetConnectionString());
    }

    [Fact]
    public async Task Model_has_no_changes_without_a_migration()
    {
        await using var scope = platform.Scope();
        var db = PlatformFactory.Db(scope);

        Assert.False(db.Database.HasPendingModelChanges(),
            "The model has changed since the last migration: run scripts/add-migration.sh NAME.");
        Assert.Empty(await db.Database.GetPendingMigrationsAsync());
    }
}

[Collection(SqliteCollection.Name)]
public sealed class MigrationTestsOnSqlite(SqlitePlatform platform) : MigrationTests(platform);

[Collection(PostgresCollection.Name)]
public sealed class MigrationTestsOnPostgres(PostgresPlatform platform) : MigrationTests(platform);
