using EGov.Platform.Data;

namespace EGov.Bench.Oversight;

/// <summary>The few pieces of the generator's SQL that differ between SQLite and PostgreSQL, in EF Core's storage formats.</summary>
internal sealed record BenchDialect(DatabaseProvider Provider)
{
    /// <summary>Rows 1..@clocks as <c>seq(n)</c>, written before the INSERT.</summary>
    public string SeriesPrefix => Provider == DatabaseProvider.Postgres
        ? "WITH seq(n) AS (SELECT CAST(g AS bigint) FROM generate_series(1, @clocks) AS g) "
        : "WITH RECURSIVE seq(n) AS (SELECT 1 UNION ALL SELECT n + 1 FROM seq WHERE n < @clocks) ";

    /// <summary>A deterministic Guid per clock number (EF Core keeps Guids as upper-case text in SQLite).</summary>
    public string ClockId(string n) => Provider == DatabaseProvider.Postgres
        ? $"CAST('0b0b0000-0000-7000-8000-' || lpad(to_hex({n}), 12, '0') AS uuid)"
        : $"'0B0B0000-0000-7000-8000-' || printf('%012X', {n})";

    /// <summary>The instant <paramref name="hours"/> after @now (EF Core's SQLite text format for whole seconds).</summary>
    public string At(string hours) => Provider == DatabaseProvider.Postgres
        ? $"(@now + make_interval(hours => CAST({hours} AS integer)))"
        : $"strftime('%Y-%m-%d %H:%M:%S', @now, ({hours}) || ' hours')";

    /// <summary>The day in China of the instant <paramref name="hours"/> after @now.</summary>
    public string Date(string hours) => Provider == DatabaseProvider.Postgres
        ? $"CAST((@now + make_interval(hours => CAST({hours} AS integer))) AT TIME ZONE 'Asia/Shanghai' AS date)"
        : $"date(@now, ({hours}) || ' hours', '+8 hours')";

    public string True => Provider == DatabaseProvider.Postgres ? "TRUE" : "1";

    public object Now(DateTime now) => Provider == DatabaseProvider.Postgres ? now : now.ToString("yyyy-MM-dd HH:mm:ss", System.Globalization.CultureInfo.InvariantCulture);

    public static string Quote(string text) => "'" + text.Replace("'", "''", StringComparison.Ordinal) + "'";
}
