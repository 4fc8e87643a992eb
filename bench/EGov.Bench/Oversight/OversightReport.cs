namespace EGov.Bench.Oversight;

/// <summary>One line of the table: an operation, platform and baseline side by side, and whether it met its target.</summary>
internal sealed record ReportRow(string Operation, Timings? Platform, Timings? Baseline, string Target, bool Passed, string Note = "");

internal static class OversightReport
{
    public static void Print(string provider, IEnumerable<ReportRow> rows)
    {
        Console.WriteLine();
        Console.WriteLine($"### {provider}");
        Console.WriteLine();
        Console.WriteLine("| 操作 | 平台 中位数（最小） | 基线 中位数（最小） | 目标 | 结果 | 说明 |");
        Console.WriteLine("|---|---:|---:|---|---|---|");
        foreach (var r in rows)
        {
            Console.WriteLine($"| {r.Operation} | {r.Platform?.ToString() ?? "—"} | {r.Baseline?.ToString() ?? "—"} | {r.Target} | {(r.Passed ? "通过" : "未通过")} | {r.Note} |");
        }

        Console.WriteLine();
    }
}
