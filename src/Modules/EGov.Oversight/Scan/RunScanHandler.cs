namespace EGov.Oversight.Scan;

/// <summary>立即扫描: a supervisor runs the scan now instead of waiting for the next tick (the board's button and the API).</summary>
internal sealed class RunScanHandler(OversightScan scan, TimeProvider time)
{
    public Task<ScanResult> RunAsync(CancellationToken cancellationToken) => scan.RunAsync(time.GetUtcNow().UtcDateTime, cancellationToken);
}
