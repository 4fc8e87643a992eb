using EGov.Oversight.Domain;
using EGov.Platform.Data;
using EGov.Platform.Inbox;
using Microsoft.EntityFrameworkCore;

namespace EGov.Bench.Oversight;

/// <summary>The summary and the scan, platform and baseline, each run several times on one generated database.</summary>
internal sealed class OversightMeasurements(BenchPlatform platform, MixCounts expected, DateTime now, int runs)
{
    private readonly BoardCounts _board = new(expected.Normal, expected.Warning, expected.Yellow, expected.Red);

    /// <summary>Each run starts without cards; a second platform run after the last must raise none.</summary>
    public async Task<IReadOnlyList<ReportRow>> ScanAsync()
    {
        var baseline = new Timings();
        long baselineCards = 0;
        for (var i = 0; i < runs; i++)
        {
            await ResetCardsAsync();
            baselineCards = await baseline.MeasureAsync(() => InScopeAsync(async s => { await RowByRowScan.RunAsync(s, now); return await CardsAsync(s); }));
        }

        var first = new Timings();
        long cards = 0;
        for (var i = 0; i < runs; i++)
        {
            await ResetCardsAsync();
            cards = await first.MeasureAsync(() => InScopeAsync(async s => { await PlatformUnderTest.ScanAsync(s, now); return await CardsAsync(s); }));
        }

        var second = new Timings();
        var again = await second.MeasureAsync(() => InScopeAsync(async s => { await PlatformUnderTest.ScanAsync(s, now); return await CardsAsync(s) - cards; }));
        return
        [
            new("扫描（首次，全部时钟）", first, baseline, "< 10 s", first.Median < 10, $"平台 {cards} 张，基线 {baselineCards} 张"),
            new("扫描（再次运行）", second, null, "< 10 s，0 张新牌", second.Median < 10 && again == 0, $"新增 {again} 张"),
            new("每张牌只发一次", null, null, $"= {expected.Cards} 张", cards == expected.Cards && baselineCards == expected.Cards, $"预期 {expected.Cards}，平台 {cards}"),
        ];
    }

    /// <summary>Run after the scan, so that the red cards are there for the board to join.</summary>
    public async Task<IReadOnlyList<ReportRow>> SummaryAsync()
    {
        var platformTimes = new Timings();
        var baselineTimes = new Timings();
        BoardCounts? mine = null, theirs = null;
        for (var i = 0; i < runs; i++)
        {
            mine = await platformTimes.MeasureAsync(() => InScopeAsync(PlatformUnderTest.SummaryAsync));
            theirs = await baselineTimes.MeasureAsync(() => InScopeAsync(s => NaiveBoardSummary.SummaryAsync(s, now)));
        }

        Console.WriteLine($"  看板汇总：平台 {mine}；基线 {theirs}；预期 {_board}");
        return
        [
            new("看板汇总", platformTimes, baselineTimes, "< 1 s", platformTimes.Median < 1, $"共 {mine!.Total} 个在办时钟"),
            new("汇总与预期一致", null, null, "按级别相等", mine == _board && theirs == _board, mine == _board ? "一致" : $"平台 {mine}"),
        ];
    }

    private async Task<T> InScopeAsync<T>(Func<IServiceProvider, Task<T>> run)
    {
        await using var scope = platform.Scope();
        return await run(scope.ServiceProvider);
    }

    private static Task<long> CardsAsync(IServiceProvider services) => services.GetRequiredService<EGovDbContext>().Set<Card>().LongCountAsync();

    private Task<int> ResetCardsAsync() => InScopeAsync(async s =>
    {
        var db = s.GetRequiredService<EGovDbContext>();
        await db.Set<WorkItem>().Where(w => w.Module == "oversight").ExecuteDeleteAsync();
        return await db.Set<Card>().ExecuteDeleteAsync();
    });
}
