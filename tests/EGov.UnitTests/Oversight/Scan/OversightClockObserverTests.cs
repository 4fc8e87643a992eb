using EGov.Oversight.Scan;
using EGov.Platform.Clocks;
using EGov.UnitTests.Calendar;
using static EGov.UnitTests.Calendar.Calendars;

namespace EGov.UnitTests.Oversight.Scan;

/// <summary>A clock change that leaves the clock overdue wakes the scan; any other change does not.</summary>
public sealed class OversightClockObserverTests
{
    [Fact]
    public async Task Clock_started_past_its_due_date_pings_the_scan_and_a_fresh_one_does_not()
    {
        var signal = new ScanSignal();
        using var host = new CalendarClockHost(D(2025, 10, 20));
        var observer = new OversightClockObserver(signal);

        var fresh = host.Clocks.Start(new ClockStart("test", "t", "1", "新办件", D(2025, 10, 20), ClockLimit.WorkingDays(20))).Value;
        observer.Changed(fresh, "started");
        Assert.False(await PingedAsync(signal));

        var late = host.Clocks.Start(new ClockStart("test", "t", "2", "逾期办件", D(2025, 9, 1), ClockLimit.WorkingDays(5))).Value;
        observer.Changed(late, "started");
        Assert.True(await PingedAsync(signal));
    }

    [Fact]
    public async Task Pings_before_a_scan_collapse_into_one()
    {
        var signal = new ScanSignal();
        signal.Ping();
        signal.Ping();

        Assert.True(await PingedAsync(signal));
        Assert.False(await PingedAsync(signal));
    }

    private static async Task<bool> PingedAsync(ScanSignal signal)
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromMilliseconds(50));
        return await signal.WaitAsync(timeout.Token);
    }
}
