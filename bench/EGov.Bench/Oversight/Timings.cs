using System.Diagnostics;

namespace EGov.Bench.Oversight;

/// <summary>Wall-clock seconds of repeated runs of one operation.</summary>
internal sealed class Timings
{
    private readonly List<double> _seconds = [];

    public double Min => _seconds.Min();

    public double Median
    {
        get
        {
            var sorted = _seconds.Order().ToList();
            return sorted.Count % 2 == 1 ? sorted[sorted.Count / 2] : (sorted[(sorted.Count / 2) - 1] + sorted[sorted.Count / 2]) / 2;
        }
    }

    public async Task<T> MeasureAsync<T>(Func<Task<T>> run)
    {
        var start = Stopwatch.GetTimestamp();
        var result = await run();
        _seconds.Add(Stopwatch.GetElapsedTime(start).TotalSeconds);
        return result;
    }

    public override string ToString() => _seconds.Count == 0 ? "—" : $"{Median:0.000} s（最小 {Min:0.000}）";
}
