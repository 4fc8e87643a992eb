using System.Diagnostics;
using System.Globalization;
using EGov.Oversight.Rules;
using EGov.Platform.Clocks;
using EGov.Platform.Data;

namespace EGov.Bench.Oversight;

/// <summary>
/// <c>oversight [--clocks N] [--provider sqlite|postgres|both] [--postgres "conn"] [--runs N]</c>: generates N clocks on
/// a fresh, migrated database per provider and measures the board's summary (target &lt; 1 s) and the periodic scan
/// (target &lt; 10 s, each card raised once) against the naive ways, in the same run (issue 7).
/// </summary>
internal static class OversightBench
{
    public static async Task<int> RunAsync(string[] args)
    {
        var options = BenchArguments.Parse(args);
        var clocks = long.Parse(options.GetValueOrDefault("clocks", "1000000"), CultureInfo.InvariantCulture);
        var runs = int.Parse(options.GetValueOrDefault("runs", "3"), CultureInfo.InvariantCulture);
        var which = options.GetValueOrDefault("provider", "both");
        var providers = which switch
        {
            "sqlite" => [DatabaseProvider.Sqlite],
            "postgres" => [DatabaseProvider.Postgres],
            _ => new[] { DatabaseProvider.Sqlite, DatabaseProvider.Postgres },
        };
        var now = DateTime.UtcNow;
        now = new DateTime(now.Ticks - (now.Ticks % TimeSpan.TicksPerSecond), DateTimeKind.Utc);
        var expected = ClockMix.Count(clocks);
        Console.WriteLine($"电子监察基准：{clocks} 个时钟（停止 {expected.Stopped}，在办 {expected.Open}：正常 {expected.Normal}（其中暂停 {expected.Paused}），"
            + $"预警 {expected.Warning}，超期黄 {expected.Yellow}，超期红 {expected.Red}）；预期 {expected.Cards} 张牌；每项运行 {runs} 次。平台：{PlatformUnderTest.Source}");

        var ok = true;
        foreach (var provider in providers)
        {
            ok &= await RunProviderAsync(provider, options.GetValueOrDefault("postgres"), clocks, expected, now, runs);
        }

        Console.WriteLine(ok ? "结论：全部达到目标。" : "结论：有未达到的目标。");
        return ok ? 0 : 1;
    }

    private static async Task<bool> RunProviderAsync(DatabaseProvider provider, string? postgres, long clocks, MixCounts expected, DateTime now, int runs)
    {
        await using var server = provider == DatabaseProvider.Postgres ? ThrowawayPostgres.Start(postgres) : null;
        var connection = server is null ? null : await server.CreateDatabaseAsync();
        try
        {
            Console.WriteLine($"[{provider}] 正在迁移数据库并写入演示部门……");
            await using var platform = await BenchPlatform.CreateAsync(provider, connection);
            var load = Stopwatch.StartNew();
            await using (var scope = platform.Scope())
            {
                var services = scope.ServiceProvider;
                var slots = ClockTypeSlots.From(services.GetRequiredService<ClockTypes>(), services.GetRequiredService<RuleBook>().Defaults);
                await ClockGenerator.GenerateAsync(services.GetRequiredService<EGovDbContext>(), new BenchDialect(provider), slots, clocks, now);
            }

            Console.WriteLine($"[{provider}] 已生成 {clocks} 个时钟，用时 {load.Elapsed.TotalSeconds:0.0} 秒；正在测量扫描……");
            var measurements = new OversightMeasurements(platform, expected, now, runs);
            var rows = new List<ReportRow>(await measurements.ScanAsync());
            Console.WriteLine($"[{provider}] 正在测量看板汇总……");
            rows.InsertRange(0, await measurements.SummaryAsync());
            OversightReport.Print(provider == DatabaseProvider.Postgres ? "PostgreSQL" : "SQLite", rows);
            return rows.All(r => r.Passed);
        }
        finally
        {
            if (server is not null && connection is not null)
            {
                await server.DropDatabaseAsync(connection);
            }
        }
    }
}
