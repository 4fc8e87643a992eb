using EGov.Oversight.Board;
using EGov.Oversight.Scan;
using EGov.Platform.Organization.Scope;

namespace EGov.Bench.Oversight;

/// <summary>The platform's summary and scan as the benchmark calls them, each in a fresh scope: the whole district, no filter.</summary>
internal static class PlatformUnderTest
{
    public const string Source = "BoardQueries.SummaryAsync；OversightScan.RunAsync（含异常检查与部门待办）";

    public static async Task<BoardCounts> SummaryAsync(IServiceProvider services)
    {
        var total = (await services.GetRequiredService<BoardQueries>().SummaryAsync(BoardFilter.None, DepartmentSet.WholeDistrict)).Total;
        return new BoardCounts(total[BoardLevel.Normal], total[BoardLevel.Warning], total[BoardLevel.Yellow], total[BoardLevel.Red]);
    }

    public static Task ScanAsync(IServiceProvider services, DateTime now) => services.GetRequiredService<OversightScan>().RunAsync(now);
}
