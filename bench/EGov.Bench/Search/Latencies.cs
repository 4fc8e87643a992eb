using System.Diagnostics;

namespace EGov.Bench.Search;

/// <summary>Per-query times and their percentiles, in milliseconds.</summary>
internal sealed class Latencies
{
    private readonly List<double> _milliseconds = [];

    public int Queries => _milliseconds.Count;
    public long Hits { get; private set; }
    public int Empty { get; private set; }

    public void Measure(Func<int> query)
    {
        var start = Stopwatch.GetTimestamp();
        var total = query();
        _milliseconds.Add(Stopwatch.GetElapsedTime(start).TotalMilliseconds);
        Hits += total;
        Empty += total == 0 ? 1 : 0;
    }

    public double Percentile(double p)
    {
        var sorted = _milliseconds.Order().ToList();
        return sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Count) - 1, 0, sorted.Count - 1)];
    }
}
