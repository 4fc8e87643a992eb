using EGov.IntegrationTests.Infrastructure;
using EGov.Platform.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;

namespace EGov.IntegrationTests.Notifications;

/// <summary>A gateway that fails: the message is retried after a pause, then marked failed; two dispatchers never both send it.</summary>
public abstract class RetryTests(PlatformFactory platform)
{
    [Fact]
    public async Task Failing_gateway_is_retried_until_the_last_attempt_then_the_message_is_failed()
    {
        var (id, time) = await QueueAsync();
        var gateway = new CountingSender(succeed: false);

        await DispatchAsync(id, gateway, time);
        var afterFirst = await LoadAsync(id);
        await DispatchAsync(id, gateway, time); // still waiting before the retry
        time.Advance(TimeSpan.FromHours(1));
        await DispatchAsync(id, gateway, time);

        Assert.Equal((OutgoingState.Pending, 1), (afterFirst.State, afterFirst.Attempts));
        var last = await LoadAsync(id);
        Assert.Equal((OutgoingState.Failed, 2, 2), (last.State, last.Attempts, gateway.Calls));
        Assert.Equal("网关拒绝", last.Result);
    }

    [Fact]
    public async Task Two_dispatchers_holding_the_same_message_send_it_once()
    {
        var (id, time) = await QueueAsync();
        var gateway = new CountingSender(succeed: true);
        await using var first = platform.Scope();
        await using var second = platform.Scope();
        var a = Dispatcher(first, gateway, time);
        var b = Dispatcher(second, gateway, time);
        var seenByA = (await a.DueAsync(CancellationToken.None)).Where(m => m.Id == id).ToList();
        var seenByB = (await b.DueAsync(CancellationToken.None)).Where(m => m.Id == id).ToList();

        var finishedByA = await a.ProcessAsync(seenByA, CancellationToken.None);
        var finishedByB = await b.ProcessAsync(seenByB, CancellationToken.None);

        Assert.Equal((1, 1, 1, 0), (seenByB.Count, gateway.Calls, finishedByA, finishedByB));
        Assert.Equal(OutgoingState.Sent, (await LoadAsync(id)).State);
    }

    private async Task<(Guid Id, FakeTimeProvider Time)> QueueAsync()
    {
        // Claimed far ahead, so the host's own background dispatcher leaves it to the test's fake clock.
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow.AddDays(30));
        var message = new OutgoingMessage
        {
            Channel = "test",
            Module = "approvals",
            Recipient = "13800000001",
            Subject = "重试",
            Body = "正文",
            CreatedAt = DateTime.UtcNow,
            ClaimedUntil = DateTime.UtcNow.AddDays(29),
        };
        await using var scope = platform.Scope();
        PlatformFactory.Db(scope).Add(message);
        await PlatformFactory.Db(scope).SaveChangesAsync();
        return (message.Id, time);
    }

    /// <summary>One round of a dispatcher, limited to the test's message (other tests' messages are left alone).</summary>
    private async Task DispatchAsync(Guid id, IMessageSender sender, TimeProvider time)
    {
        await using var scope = platform.Scope();
        var dispatcher = Dispatcher(scope, sender, time);
        await dispatcher.ProcessAsync([.. (await dispatcher.DueAsync(CancellationToken.None)).Where(m => m.Id == id)], CancellationToken.None);
    }

    private static MessageDispatcher Dispatcher(Microsoft.Extensions.DependencyInjection.AsyncServiceScope scope, IMessageSender sender, TimeProvider time)
        => new(PlatformFactory.Db(scope), [sender], Options.Create(new NotificationsOptions { MaxAttempts = 2, DispatchIntervalSeconds = 15, BatchSize = 100_000 }), time, NullLogger<MessageDispatcher>.Instance);

    private async Task<OutgoingMessage> LoadAsync(Guid id)
    {
        await using var scope = platform.Scope();
        return await PlatformFactory.Db(scope).Set<OutgoingMessage>().AsNoTracking().SingleAsync(m => m.Id == id);
    }

    private sealed class CountingSender(bool succeed) : IMessageSender
    {
        public int Calls { get; private set; }

        public string Channel => "test";

        public Task<SendResult> SendAsync(string recipient, string subject, string body, CancellationToken cancellationToken)
        {
            Calls++;
            return Task.FromResult(new SendResult(succeed, false, succeed ? "ok" : "网关拒绝"));
        }
    }
}

[Collection(SqliteCollection.Name)]
public sealed class RetryOnSqlite(SqlitePlatform platform) : RetryTests(platform);

[Collection(PostgresCollection.Name)]
public sealed class RetryOnPostgres(PostgresPlatform platform) : RetryTests(platform);
