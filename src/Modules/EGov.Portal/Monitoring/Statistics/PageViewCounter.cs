using System.Collections.Concurrent;

namespace EGov.Portal.Monitoring.Statistics;

/// <summary>
/// Page views counted in memory between flushes, lock-free: a request adds one to its key's tally; the flusher takes
/// what has accumulated. A tally idle for a whole flush period is retired (marked, then removed), and a request that
/// meets a retired tally simply fetches the fresh one, so no view is lost.
/// </summary>
internal sealed class PageViewCounter
{
    private readonly ConcurrentDictionary<PageViewKey, Tally> _tallies = new();

    public void Count(in PageViewKey key)
    {
        while (!_tallies.GetOrAdd(key, static _ => new Tally()).TryIncrement())
        {
            Thread.Yield();
        }
    }

    /// <summary>Takes the views counted since the last call. Only one caller at a time (the flusher).</summary>
    public List<KeyValuePair<PageViewKey, long>> Drain()
    {
        var taken = new List<KeyValuePair<PageViewKey, long>>();
        foreach (var (key, tally) in _tallies)
        {
            var count = tally.Take();
            if (count > 0)
            {
                taken.Add(new(key, count));
            }
            else if (tally.TryRetire())
            {
                _tallies.TryRemove(new KeyValuePair<PageViewKey, Tally>(key, tally));
            }
        }

        return taken;
    }

    /// <summary>Puts views back after a flush that could not be saved, so the next flush tries again.</summary>
    public void Restore(IEnumerable<KeyValuePair<PageViewKey, long>> views)
    {
        foreach (var (key, count) in views)
        {
            while (!_tallies.GetOrAdd(key, static _ => new Tally()).TryAdd(count))
            {
                Thread.Yield();
            }
        }
    }

    private sealed class Tally
    {
        private const long Retired = -1;
        private long _value;

        public bool TryIncrement() => TryAdd(1);

        public bool TryAdd(long amount)
        {
            var seen = Volatile.Read(ref _value);
            while (seen != Retired)
            {
                var before = Interlocked.CompareExchange(ref _value, seen + amount, seen);
                if (before == seen)
                {
                    return true;
                }

                seen = before;
            }

            return false;
        }

        public long Take() => Interlocked.Exchange(ref _value, 0);

        public bool TryRetire() => Interlocked.CompareExchange(ref _value, Retired, 0) == 0;
    }
}
