using System.Data.Common;
using System.Text;
using EGov.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace EGov.Bench.Oversight;

/// <summary>
/// Writes N clocks into <c>plat_clocks</c> with one INSERT … SELECT over a series (PostgreSQL <c>generate_series</c>,
/// SQLite a recursive CTE), following <see cref="ClockMix"/>: types by weight, 45 departments, 7 items each, and due
/// and warning instants around @now that agree with the stored level (an hour away from it at least).
/// </summary>
internal static class ClockGenerator
{
    private static readonly string[] ItemNames = ["行政许可", "备案登记", "变更登记", "注销登记", "资格认定", "年度检验", "证明开具"];

    public static async Task GenerateAsync(EGovDbContext db, BenchDialect sql, ClockTypeSlots slots, long clocks, DateTime now)
    {
        var connection = db.Database.GetDbConnection();
        await db.Database.OpenConnectionAsync();
        try
        {
            await ExecuteAsync(connection, Lookups(slots));
            await ExecuteAsync(connection, Insert(sql, slots), ("clocks", (int)clocks), ("now", sql.Now(now)));
            if (sql.Provider == DatabaseProvider.Postgres)
            {
                // As autovacuum would soon after a load of this size.
                await ExecuteAsync(connection, "ANALYZE plat_clocks");
            }
        }
        finally
        {
            await db.Database.CloseConnectionAsync();
        }
    }

    private static string Lookups(ClockTypeSlots slots)
    {
        var values = slots.Groups.SelectMany((group, g) => group.Select((t, i) =>
            $"({g}, {i}, {BenchDialect.Quote(t.Module)}, {BenchDialect.Quote(t.CaseType)}, {ClockTypeSlots.LimitOf(t)})"));
        var items = string.Join(" UNION ALL ", ItemNames.Select((name, j) => $"SELECT {j} AS j, {BenchDialect.Quote(name)} AS name"));
        return new StringBuilder()
            .Append("CREATE TEMP TABLE bench_slots (grp INTEGER NOT NULL, slot INTEGER NOT NULL, module TEXT NOT NULL, case_type TEXT NOT NULL, limit_value INTEGER NOT NULL, PRIMARY KEY (grp, slot));")
            .Append("INSERT INTO bench_slots VALUES ").Append(string.Join(", ", values)).Append(';')
            .Append("CREATE TEMP TABLE bench_departments AS SELECT CAST(row_number() OVER (ORDER BY \"SortOrder\") - 1 AS INTEGER) AS idx, \"Id\" AS id, \"ShortName\" AS short_name ")
            .Append($"FROM plat_departments WHERE \"ParentId\" IS NOT NULL ORDER BY \"SortOrder\" LIMIT {ClockMix.Departments};")
            .Append($"CREATE TEMP TABLE bench_items AS SELECT d.idx * {ClockMix.ItemsPerDepartment} + t.j AS idx, d.short_name || t.name AS name FROM bench_departments d CROSS JOIN ({items}) t;")
            .ToString();
    }

    private static string Insert(BenchDialect sql, ClockTypeSlots slots)
    {
        string Hash(int which) => $"(n * {ClockMix.Multipliers[which]} % 4294967296 / 65536)";
        var warn = "CASE q.k WHEN 2 THEN -(2 + q.h3 % 30) ELSE q.due_h - 48 END";
        const string start = "(q.due_h - 672)";
        return sql.SeriesPrefix.TrimEnd() + $"""
            , h AS (SELECT n, {Hash(0)} * 10000 / 65536 AS c, {Hash(1)} AS h1, {Hash(2)} AS h2, {Hash(3)} AS h3, {Hash(4)} AS h4 FROM seq),
            p AS (SELECT n, h1, h2, h3, h4, CASE WHEN c < {ClockMix.Stopped} THEN 0 WHEN c < {ClockMix.Normal} THEN 1 WHEN c < {ClockMix.Warning} THEN 2 WHEN c < {ClockMix.OverdueYellow} THEN 3 ELSE 4 END AS k FROM h),
            q AS (SELECT n, k, h3, h4,
                CASE k WHEN 3 THEN 1 WHEN 4 THEN 2 ELSE 0 END AS grp,
                h1 % CASE k WHEN 3 THEN {slots.Groups[1].Count} WHEN 4 THEN {slots.Groups[2].Count} ELSE {slots.Groups[0].Count} END AS slot,
                h2 % {ClockMix.Departments} AS dept,
                h2 % {ClockMix.Departments} * {ClockMix.ItemsPerDepartment} + h3 % {ClockMix.ItemsPerDepartment} AS item,
                CASE k WHEN 0 THEN -(24 + h3 % 4000) WHEN 1 THEN 72 + h3 % 900 WHEN 2 THEN 2 + h3 % 40 ELSE -(2 + h3 % 480) END AS due_h
              FROM p)
            INSERT INTO plat_clocks ("Id", "Module", "CaseType", "CaseId", "DepartmentId", "Title", "Item", "StartDate", "StartedAt",
                "LimitValue", "LimitUnit", "State", "StoppedAt", "Outcome", "DueDate", "DueAt", "WarningFrom", "WarningAt", "WarningLevel", "CalendarKnown", "Version")
            SELECT {sql.ClockId("q.n")}, s.module, s.case_type, 'bench-' || q.n, d.id, i.name || '（XL' || q.n || '）', i.name,
                {sql.Date(start)}, {sql.At(start)}, s.limit_value, 'WorkingDays',
                CASE WHEN q.k = 0 THEN 'Stopped' WHEN q.k = 1 AND q.h4 % 10 = 0 THEN 'Paused' ELSE 'Running' END,
                CASE WHEN q.k = 0 THEN {sql.At("q.due_h - 1 - q.h4 % 48")} END,
                CASE WHEN q.k = 0 THEN 'concluded' END,
                {sql.Date("q.due_h")}, {sql.At("q.due_h")}, {sql.Date(warn)}, {sql.At(warn)},
                CASE q.k WHEN 2 THEN 'Warning' WHEN 3 THEN 'Overdue' WHEN 4 THEN 'Overdue' ELSE 'Normal' END,
                {sql.True}, 1
            FROM q
            JOIN bench_slots s ON s.grp = q.grp AND s.slot = q.slot
            JOIN bench_departments d ON d.idx = q.dept
            JOIN bench_items i ON i.idx = q.item
            """;
    }

    private static async Task ExecuteAsync(DbConnection connection, string text, params (string Name, object Value)[] parameters)
    {
        await using var command = connection.CreateCommand();
        command.CommandText = text;
        command.CommandTimeout = 0;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = value;
            command.Parameters.Add(parameter);
        }

        await command.ExecuteNonQueryAsync();
    }
}
