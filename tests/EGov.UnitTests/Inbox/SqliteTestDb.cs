using EGov.Platform.Data;
using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;

namespace EGov.UnitTests.Inbox;

/// <summary>The platform model (no modules) in an open in-memory SQLite database, for one test.</summary>
internal sealed class SqliteTestDb : IDisposable
{
    private readonly SqliteConnection _connection = new("Data Source=:memory:");

    public SqliteTestDb()
    {
        _connection.Open();
        using var db = NewContext();
        db.Database.EnsureCreated();
    }

    public EGovDbContext NewContext() => new(
        new DbContextOptionsBuilder<EGovDbContext>().UseSqlite(_connection).Options,
        new ModelContributors([]));

    public void Dispose() => _connection.Dispose();
}
