using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EGov.Approvals.Applications.Handling.PreReview;

/// <summary>
/// Runs the deemed acceptance of 第三十二条 periodically. Every node runs it; each application is claimed through its
/// Version concurrency token and is no longer Submitted afterwards, so it is accepted once.
/// </summary>
internal sealed partial class DeemedAcceptanceJob(
    IServiceScopeFactory scopes, TimeProvider time, IOptions<HandlingOptions> options, ILogger<DeemedAcceptanceJob> logger) : BackgroundService
{
    private const int Batch = 200;

    /// <summary>One pass; returns how many applications were accepted.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken = default)
    {
        List<Guid> candidates;
        await using (var scope = scopes.CreateAsyncScope())
        {
            candidates = await scope.ServiceProvider.GetRequiredService<DeemedAcceptanceHandler>().CandidatesAsync(Batch, cancellationToken);
        }

        var accepted = 0;
        foreach (var id in candidates)
        {
            await using var scope = scopes.CreateAsyncScope();
            var result = await scope.ServiceProvider.GetRequiredService<DeemedAcceptanceHandler>().ApplyAsync(id, cancellationToken);
            accepted += result.IsSuccess ? 1 : 0;
        }

        return accepted;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromSeconds(Math.Max(1, options.Value.DeemedAcceptanceIntervalSeconds)), time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // The next tick tries again: an application past its window stays past it.
                LogFailed(logger, exception);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The deemed-acceptance pass failed")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
