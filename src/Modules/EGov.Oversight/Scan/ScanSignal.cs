using System.Threading.Channels;

namespace EGov.Oversight.Scan;

/// <summary>Tells the scan job that a clock just passed its limit, so that its card is raised now rather than at the next tick.</summary>
internal sealed class ScanSignal
{
    private readonly Channel<bool> _pings = Channel.CreateBounded<bool>(new BoundedChannelOptions(1) { FullMode = BoundedChannelFullMode.DropWrite });

    public void Ping() => _pings.Writer.TryWrite(true);

    /// <summary>Completes with true at a ping, or with false when <paramref name="cancellationToken"/> ends the wait.</summary>
    public async Task<bool> WaitAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await _pings.Reader.WaitToReadAsync(cancellationToken) && _pings.Reader.TryRead(out _);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            return false;
        }
    }

    /// <summary>Forgets the pings that arrived while a scan was about to run anyway.</summary>
    public void Clear() => _pings.Reader.TryRead(out _);
}
