using EGov.Platform.Data;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace EGov.Platform.Notifications;

/// <summary>
/// Sends the pending SMS and e-mails through the sender of their channel. A message is first claimed (its version
/// checked, so of two nodes only one wins it), then sent, then stored as Sent, Recorded, or — after the last of
/// <see cref="NotificationsOptions.MaxAttempts"/> attempts — Failed; between attempts the claim delays the retry.
/// </summary>
internal sealed partial class MessageDispatcher(
    EGovDbContext db, IEnumerable<IMessageSender> senders, IOptions<NotificationsOptions> options, TimeProvider time, ILogger<MessageDispatcher> logger)
{
    /// <returns>How many messages this round finished (sent, recorded or failed for good).</returns>
    public async Task<int> DispatchAsync(CancellationToken cancellationToken)
        => await ProcessAsync(await DueAsync(cancellationToken), cancellationToken);

    /// <summary>The pending messages nobody holds, oldest first, one batch.</summary>
    internal Task<List<OutgoingMessage>> DueAsync(CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow().UtcDateTime;
        return db.Set<OutgoingMessage>()
            .Where(m => m.State == OutgoingState.Pending && (m.ClaimedUntil == null || m.ClaimedUntil < now))
            .OrderBy(m => m.CreatedAt).Take(Math.Max(1, options.Value.BatchSize)).ToListAsync(cancellationToken);
    }

    /// <summary>Claims and sends each message of a batch; a message another dispatcher claimed meanwhile is skipped.</summary>
    internal async Task<int> ProcessAsync(IReadOnlyList<OutgoingMessage> batch, CancellationToken cancellationToken)
    {
        var settings = options.Value;
        var finished = 0;
        foreach (var message in batch)
        {
            if (await ClaimAsync(message, time.GetUtcNow().UtcDateTime.AddSeconds(settings.ClaimSeconds), cancellationToken))
            {
                finished += await SendAsync(message, settings, cancellationToken) ? 1 : 0;
            }
        }

        return finished;
    }

    private async Task<bool> ClaimAsync(OutgoingMessage message, DateTime until, CancellationToken cancellationToken)
    {
        message.ClaimedUntil = until;
        message.Attempts++;
        message.Version++;
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return true;
        }
        catch (DbUpdateConcurrencyException)
        {
            // Another node claimed it first and sends it.
            db.Entry(message).State = EntityState.Detached;
            return false;
        }
    }

    private async Task<bool> SendAsync(OutgoingMessage message, NotificationsOptions settings, CancellationToken cancellationToken)
    {
        SendResult result;
        var sender = senders.LastOrDefault(s => s.Channel == message.Channel);
        try
        {
            result = sender is null
                ? new SendResult(false, false, $"没有“{message.Channel}”渠道的发送程序")
                : await sender.SendAsync(message.Recipient, message.Subject, message.Body, cancellationToken);
        }
        catch (Exception exception) when (exception is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            LogSendFailed(logger, message.Channel, RecipientMask.Of(message.Recipient), message.Attempts, exception);
            result = new SendResult(false, false, exception.Message);
        }

        var now = time.GetUtcNow().UtcDateTime;
        message.Result = result.Detail.Length > 1000 ? result.Detail[..1000] : result.Detail;
        message.Version++;
        var done = result.Success || message.Attempts >= settings.MaxAttempts;
        if (result.Success)
        {
            message.State = result.Recorded ? OutgoingState.Recorded : OutgoingState.Sent;
            message.SentAt = now;
        }
        else
        {
            message.State = done ? OutgoingState.Failed : OutgoingState.Pending;

            // Wait longer after each failed attempt, so a gateway that is down is not hammered.
            message.ClaimedUntil = now.AddSeconds(Math.Max(1, settings.DispatchIntervalSeconds) * Math.Pow(2, message.Attempts));
        }

        await db.SaveChangesAsync(cancellationToken);
        return done;
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "Sending a {Channel} message to {Recipient} failed (attempt {Attempt})")]
    private static partial void LogSendFailed(ILogger logger, string channel, string recipient, int attempt, Exception exception);
}
