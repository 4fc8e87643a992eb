using Microsoft.Data.Sqlite;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace EGov.Platform.Keys;

internal static class UniqueViolation
{
    private const int SqliteUnique = 2067;
    private const int SqlitePrimaryKey = 1555;

    public static bool Is(DbUpdateException exception) => exception.InnerException switch
    {
        SqliteException sqlite => sqlite.SqliteExtendedErrorCode is SqliteUnique or SqlitePrimaryKey,
        PostgresException postgres => postgres.SqlState == PostgresErrorCodes.UniqueViolation,
        _ => false,
    };
}
