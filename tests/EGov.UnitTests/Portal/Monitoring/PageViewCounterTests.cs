using EGov.Portal.Monitoring.Statistics;

namespace EGov.UnitTests.Portal.Monitoring;

public sealed class PageViewCounterTests
{
    private static readonly DateOnly Day = new(2026, 11, 28);

    [Fact]
    public void Drain_takes_the_counts_once()
    {
        var counter = new PageViewCounter();
        var key = new PageViewKey(Guid.NewGuid(), null, null, Day);
        counter.Count(key);
        counter.Count(key);

        Assert.Equal(2, Assert.Single(counter.Drain()).Value);
        Assert.Empty(counter.Drain());
    }

    [Fact]
    public void Restored_views_are_taken_by_the_next_drain()
    {
        var counter = new PageViewCounter();
        var key = new PageViewKey(Guid.Empty, "scjg", "news", Day);
        counter.Count(key);
        var taken = counter.Drain();

        counter.Restore(taken);
        counter.Count(key);

        Assert.Equal(2, Assert.Single(counter.Drain()).Value);
    }

    [Fact]
    public async Task No_view_is_lost_while_draining_and_retiring_concurrently()
    {
        var counter = new PageViewCounter();
        var keys = Enumerable.Range(0, 8).Select(_ => new PageViewKey(Guid.NewGuid(), null, null, Day)).ToArray();
        const int PerWorker = 20_000;
        long drained = 0;
        using var stop = new CancellationTokenSource();
        var drainer = Task.Run(() =>
        {
            while (!stop.IsCancellationRequested)
            {
                drained += counter.Drain().Sum(v => v.Value);
            }
        });

        await Task.WhenAll(Enumerable.Range(0, 4).Select(w => Task.Run(() =>
        {
            for (var i = 0; i < PerWorker; i++)
            {
                counter.Count(keys[(i + w) % keys.Length]);
            }
        })));
        await stop.CancelAsync();
        await drainer;
        drained += counter.Drain().Sum(v => v.Value);

        Assert.Equal(4 * PerWorker, drained);
    }
}
