using Microsoft.Extensions.DependencyInjection;

namespace EGov.Portal.Monitoring.Statistics;

/// <summary>Writes what the counter holds to the database, one flush at a time; on failure the views go back to the counter.</summary>
internal sealed class PageViewFlusher(PageViewCounter counter, IServiceScopeFactory scopes) : IDisposable
{
    private readonly SemaphoreSlim _gate = new(1, 1);

    public async Task FlushAsync(CancellationToken cancellationToken = default)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            var views = counter.Drain();
            if (views.Count == 0)
            {
                return;
            }

            try
            {
                await using var scope = scopes.CreateAsyncScope();
                await ActivatorUtilities.CreateInstance<PageViewWriter>(scope.ServiceProvider).WriteAsync(views, cancellationToken);
            }
            catch
            {
                counter.Restore(views);
                throw;
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    public void Dispose() => _gate.Dispose();
}
