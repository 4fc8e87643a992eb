namespace EGov.IntegrationTests.Infrastructure;

/// <summary>
/// Test classes share one platform per provider through these collections (one database migrated once),
/// so the suite stays fast. A test that needs a database of its own uses its own fixture instead.
/// </summary>
[CollectionDefinition(Name)]
public sealed class SqliteCollection : ICollectionFixture<SqlitePlatform>
{
    public const string Name = "SQLite";
}

[CollectionDefinition(Name)]
public sealed class PostgresCollection : ICollectionFixture<PostgresPlatform>
{
    public const string Name = "PostgreSQL";
}
