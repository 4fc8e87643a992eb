using EGov.Oversight.Board;
using EGov.Platform.Organization.Scope;

namespace EGov.Bench.Oversight;

/// <summary>The platform's summary and scan as the benchmark calls them, each in a fresh scope: the whole district, no filter.</summary>
internal static class PlatformUnderTest
{
    public const string Source = "BoardQueries.SummaryAsync；扫描为本地替身（扫描分支未合并）";

    public static async Task<BoardCounts> SummaryAsync(IServiceProvider services)
    {
        var total = (await services.GetRequiredService<BoardQueries>().SummaryAsync(BoardFilter.None, DepartmentSet.WholeDistrict)).Total;
        return new BoardCounts(total[BoardLevel.Normal], total[BoardLevel.Warning], total[BoardLevel.Yellow], total[BoardLevel.Red]);
    }

    public static Task ScanAsync(IServiceProvider services, DateTime now) => LocalScan.RunAsync(services, now);
}
