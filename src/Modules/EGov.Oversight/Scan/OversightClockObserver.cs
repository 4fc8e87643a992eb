using EGov.Platform.Clocks;

namespace EGov.Oversight.Scan;

/// <summary>Wakes the scan when a clock change leaves it overdue (issue 7: cards are raised at once when a clock crosses its limit).</summary>
internal sealed class OversightClockObserver(ScanSignal signal) : IClockObserver
{
    public void Changed(StatutoryClock clock, string kind)
    {
        ArgumentNullException.ThrowIfNull(clock);
        if (clock.WarningLevel == WarningLevel.Overdue)
        {
            signal.Ping();
        }
    }
}
