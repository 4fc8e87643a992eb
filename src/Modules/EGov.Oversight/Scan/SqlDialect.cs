using System.Text.Json;
using Microsoft.EntityFrameworkCore;

namespace EGov.Oversight.Scan;

/// <summary>
/// The few expressions SQLite and PostgreSQL spell differently: a JSON object, an instant and a date as ISO 8601 text.
/// Everything else in the scan's SQL is portable.
/// </summary>
internal sealed class SqlDialect(bool postgres)
{
    public static SqlDialect Of(DbContext db) => new(db.Database.IsNpgsql());

    /// <param name="fields">Keys (plain words) and SQL expressions.</param>
    public string Json(params (string Key, string Value)[] fields)
    {
        var list = string.Join(", ", fields.Select(f => $"'{f.Key}', {f.Value}"));
        return postgres ? $"CAST(json_build_object({list}) AS TEXT)" : $"json_object({list})";
    }

    /// <summary>A UTC instant column as <c>2026-11-20T16:00:00Z</c> (null stays null).</summary>
    public string Instant(string column)
        => postgres ? $"to_char({column} AT TIME ZONE 'UTC', 'YYYY-MM-DD\"T\"HH24:MI:SS\"Z\"')" : $"strftime('%Y-%m-%dT%H:%M:%SZ', {column})";

    /// <summary>The condition "<paramref name="column"/> is one of <paramref name="ids"/>", the ids passed as one value.</summary>
    public string AnyOf(string column, IReadOnlyCollection<long> ids, SqlArguments a)
        => postgres ? $"{column} = ANY({a.Add(ids.ToArray())})" : $"{column} IN (SELECT value FROM json_each({a.Add(JsonSerializer.Serialize(ids))}))";

    /// <summary>A date column as <c>2026-11-20</c>.</summary>
    public string Date(string column) => postgres ? $"to_char({column}, 'YYYY-MM-DD')" : column;
}
