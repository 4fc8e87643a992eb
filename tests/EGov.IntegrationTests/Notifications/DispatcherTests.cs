using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using EGov.IntegrationTests.Identity;
using EGov.IntegrationTests.Infrastructure;
using EGov.Platform.Notifications;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.IntegrationTests.Notifications;

/// <summary>The outbox dispatcher with the default recording senders, and the site messages of the personal space.</summary>
public abstract class DispatcherTests(PlatformFactory platform)
{
    [Fact]
    public async Task Dispatcher_marks_queued_sms_and_email_recorded_when_no_gateway_is_configured()
    {
        var title = $"测试通知 {Guid.NewGuid():N}";
        await using (var scope = platform.Scope())
        {
            scope.ServiceProvider.GetRequiredService<INotifier>().Notify(new Notification("approvals", title, "正文", null, "13800000001", "zhangsan@example.com"));
            await PlatformFactory.Db(scope).SaveChangesAsync();
        }

        // The demo data and other tests queue messages too: dispatch batch after batch until the queue is empty.
        for (var sent = 1; sent > 0;)
        {
            await using var scope = platform.Scope();
            sent = await scope.ServiceProvider.GetRequiredService<MessageDispatcher>().DispatchAsync(CancellationToken.None);
        }

        await using var check = platform.Scope();
        var messages = await PlatformFactory.Db(check).Set<OutgoingMessage>().Where(m => m.Subject == title).ToListAsync();
        Assert.Equal([MessageChannels.Email, MessageChannels.Sms], messages.Select(m => m.Channel).Order());
        Assert.All(messages, m =>
        {
            Assert.Equal(OutgoingState.Recorded, m.State);
            Assert.Equal(1, m.Attempts);
            Assert.NotNull(m.SentAt);
            Assert.Equal(RecordingSender.Detail, m.Result);
        });
    }

    [Fact]
    public async Task Citizen_reads_site_messages_and_marks_them_read()
    {
        var browser = new Browser(platform);
        await browser.SignInAsync("shimin", "Demo@2026");
        var title = $"站内通知 {Guid.NewGuid():N}";
        await using (var scope = platform.Scope())
        {
            var account = await PlatformFactory.Db(scope).Set<EGov.Platform.Identity.UserAccount>().Where(u => u.UserName == "shimin").Select(u => u.Id).SingleAsync();
            scope.ServiceProvider.GetRequiredService<INotifier>().Notify(new Notification("approvals", title, "您的办件已受理。", account, Url: "/my/applications"));
            await PlatformFactory.Db(scope).SaveChangesAsync();
        }

        var page = await browser.Client.GetStringAsync("/my/messages");
        Assert.Contains(title, page, StringComparison.Ordinal);
        var api = await browser.Client.GetFromJsonAsync<JsonElement>("/api/v1/my/messages");
        var message = api.GetProperty("messages").EnumerateArray().Single(m => m.GetProperty("title").GetString() == title);
        Assert.Equal(JsonValueKind.Null, message.GetProperty("readAt").ValueKind);

        var read = await browser.PostFormAsync("/my/messages", new Dictionary<string, string>(), $"/my/messages?handler=Read&id={message.GetProperty("id").GetString()}");

        Assert.Equal(HttpStatusCode.Redirect, read.StatusCode);
        var after = await browser.Client.GetFromJsonAsync<JsonElement>("/api/v1/my/messages");
        Assert.NotEqual(JsonValueKind.Null, after.GetProperty("messages").EnumerateArray().Single(m => m.GetProperty("title").GetString() == title).GetProperty("readAt").ValueKind);
        Assert.Contains("/my/messages", await browser.Client.GetStringAsync("/my"), StringComparison.Ordinal);
    }
}

[Collection(SqliteCollection.Name)]
public sealed class DispatcherOnSqlite(SqlitePlatform platform) : DispatcherTests(platform);

[Collection(PostgresCollection.Name)]
public sealed class DispatcherOnPostgres(PostgresPlatform platform) : DispatcherTests(platform);
