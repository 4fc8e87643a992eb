using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace EGov.Interaction.Letters.Writing.Rating;

/// <summary>Closes unrated replies past the rating period, hourly; the work is <see cref="RatingDeadlineHandler"/>'s.</summary>
internal sealed partial class RatingDeadlineJob(IServiceScopeFactory scopes, TimeProvider time, ILogger<RatingDeadlineJob> logger) : BackgroundService
{
    private const int Batch = 200;

    /// <summary>One pass; returns how many letters were closed.</summary>
    public async Task<int> RunOnceAsync(CancellationToken cancellationToken = default)
    {
        List<Guid> candidates;
        await using (var scope = scopes.CreateAsyncScope())
        {
            candidates = await scope.ServiceProvider.GetRequiredService<RatingDeadlineHandler>().CandidatesAsync(Batch, cancellationToken);
        }

        var closed = 0;
        foreach (var id in candidates)
        {
            await using var scope = scopes.CreateAsyncScope();
            var result = await scope.ServiceProvider.GetRequiredService<RatingDeadlineHandler>().ApplyAsync(id, cancellationToken);
            closed += result.IsSuccess ? 1 : 0;
        }

        return closed;
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        using var timer = new PeriodicTimer(TimeSpan.FromHours(1), time);
        while (await timer.WaitForNextTickAsync(stoppingToken))
        {
            try
            {
                await RunOnceAsync(stoppingToken);
            }
            catch (Exception exception) when (exception is not OperationCanceledException)
            {
                // The next tick tries again: a letter past its rating period stays past it.
                LogFailed(logger, exception);
            }
        }
    }

    [LoggerMessage(Level = LogLevel.Error, Message = "The rating-deadline pass failed")]
    private static partial void LogFailed(ILogger logger, Exception exception);
}
