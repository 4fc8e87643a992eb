using EGov.Oversight.Scan;

namespace EGov.UnitTests.Oversight.Scan;

public sealed class AnomalyCatchUpTests
{
    private static readonly DateTime Now = new(2026, 11, 28, 2, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void First_scan_after_start_looks_at_all_time_and_later_ones_at_the_window()
    {
        var catchUp = new AnomalyCatchUp();

        Assert.Equal(DateTime.MinValue, catchUp.Since(Now, 31));
        Assert.Equal(Now.AddDays(-31), catchUp.Since(Now, 31));
        Assert.Equal(Now.AddDays(-7), catchUp.Since(Now, 7));
    }
}
