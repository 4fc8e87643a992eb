namespace EGov.Oversight.Scan;

/// <summary>
/// The first scan after a node starts runs the modules' anomaly checks over all time, catching up on what happened
/// while no node scanned (and on the demo data); later scans look back <c>Oversight:AnomalyWindowDays</c> only.
/// </summary>
internal sealed class AnomalyCatchUp
{
    private int _done;

    public DateTime Since(DateTime now, int windowDays)
        => Interlocked.Exchange(ref _done, 1) == 0 ? DateTime.MinValue : now.AddDays(-windowDays);
}
