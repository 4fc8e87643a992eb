namespace EGov.Bench.Oversight;

/// <summary>The platform's summary and scan as the benchmark calls them, each in a fresh scope.</summary>
internal static class PlatformUnderTest
{
    public const string Source = "本地替身查询（看板、扫描分支未合并）";

    public static Task<BoardCounts> SummaryAsync(IServiceProvider services) => LocalBoardSummary.SummaryAsync(services);

    public static Task ScanAsync(IServiceProvider services, DateTime now) => LocalScan.RunAsync(services, now);
}
