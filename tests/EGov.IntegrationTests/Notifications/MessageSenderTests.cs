using System.Net;
using System.Net.Sockets;
using System.Text;
using System.Text.Json;
using EGov.Platform.Notifications;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using MimeKit;

namespace EGov.IntegrationTests.Notifications;

/// <summary>The gateway adapters against real listeners on the loopback: an SMTP server and an HTTP endpoint.</summary>
public sealed class MessageSenderTests
{
    [Fact]
    public async Task Smtp_adapter_delivers_the_message_to_a_real_smtp_server()
    {
        await using var server = new TinySmtpServer();
        var options = Options.Create(new NotificationsOptions
        {
            Email = new EmailOptions { Provider = EmailOptions.Smtp, Host = "127.0.0.1", Port = server.Port, UseTls = false, From = "zwfw@xiling.gov.cn" },
        });

        var result = await new SmtpEmailSender(options).SendAsync("zhangsan@example.com", "办件 XLSP2026000001：已受理", "您申请的食品经营许可已受理。", CancellationToken.None);

        Assert.True(result.Success);
        Assert.False(result.Recorded);
        Assert.Contains("queued as TEST1", result.Detail, StringComparison.Ordinal);
        Assert.Contains(server.Commands, c => c.StartsWith("RCPT TO:<zhangsan@example.com>", StringComparison.OrdinalIgnoreCase));
        var message = await MimeMessage.LoadAsync(new MemoryStream(Encoding.ASCII.GetBytes(server.Data)));
        Assert.Equal("办件 XLSP2026000001：已受理", message.Subject);
        Assert.Equal("您申请的食品经营许可已受理。", message.TextBody?.Trim());
        Assert.Equal("zwfw@xiling.gov.cn", message.From.Mailboxes.Single().Address);
    }

    [Fact]
    public async Task Http_sms_adapter_posts_the_templated_json_with_the_api_key()
    {
        var port = FreePort();
        using var listener = new HttpListener();
        listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        listener.Start();
        var received = Task.Run(async () =>
        {
            var context = await listener.GetContextAsync();
            using var reader = new StreamReader(context.Request.InputStream, Encoding.UTF8);
            var body = await reader.ReadToEndAsync();
            var key = context.Request.Headers["X-Gateway-Key"];
            var answer = Encoding.UTF8.GetBytes("""{"msgid":"SMS-1"}""");
            context.Response.StatusCode = 200;
            await context.Response.OutputStream.WriteAsync(answer);
            context.Response.Close();
            return (body, key, context.Request.HttpMethod, context.Request.Url!.AbsolutePath);
        });
        var options = Options.Create(new NotificationsOptions
        {
            Sms = new SmsOptions
            {
                Provider = SmsOptions.Http,
                Url = $"http://127.0.0.1:{port}/send",
                ApiKeyHeader = "X-Gateway-Key",
                ApiKey = "secret-key",
                BodyTemplate = """{"to":"{recipient}","text":"【西陵政务】{body}"}""",
            },
        });
        using var services = new ServiceCollection().AddHttpClient().BuildServiceProvider();

        var result = await new HttpSmsSender(services.GetRequiredService<IHttpClientFactory>(), options)
            .SendAsync("13800000001", "标题", "您的办件已受理，\"请\"查收。", CancellationToken.None);

        var (body, key, method, path) = await received;
        Assert.True(result.Success);
        Assert.Contains("SMS-1", result.Detail, StringComparison.Ordinal);
        Assert.Equal(("POST", "/send", "secret-key"), (method, path, key));
        using var json = JsonDocument.Parse(body);
        Assert.Equal("13800000001", json.RootElement.GetProperty("to").GetString());
        Assert.Equal("【西陵政务】您的办件已受理，\"请\"查收。", json.RootElement.GetProperty("text").GetString());
    }

    [Fact]
    public async Task Http_sms_adapter_reports_a_gateway_error_as_a_failure()
    {
        var port = FreePort();
        using var listener = new HttpListener();
        listener.Prefixes.Add($"http://127.0.0.1:{port}/");
        listener.Start();
        _ = Task.Run(async () =>
        {
            var context = await listener.GetContextAsync();
            context.Response.StatusCode = 503;
            context.Response.Close();
        });
        var options = Options.Create(new NotificationsOptions { Sms = new SmsOptions { Provider = SmsOptions.Http, Url = $"http://127.0.0.1:{port}/send" } });
        using var services = new ServiceCollection().AddHttpClient().BuildServiceProvider();

        var result = await new HttpSmsSender(services.GetRequiredService<IHttpClientFactory>(), options).SendAsync("13800000001", "t", "b", CancellationToken.None);

        Assert.False(result.Success);
        Assert.StartsWith("HTTP 503", result.Detail, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Recording_sender_keeps_the_message_and_logs_that_it_was_not_sent_with_the_number_masked()
    {
        var logger = new CollectingLogger();

        var result = await new RecordingSender(MessageChannels.Sms, logger).SendAsync("13800000001", "办件已受理", "正文", CancellationToken.None);

        Assert.True(result is { Success: true, Recorded: true });
        var line = Assert.Single(logger.Lines);
        Assert.Contains("未配置短信网关：短信已记录，未实际发送", line, StringComparison.Ordinal);
        Assert.Contains("138****0001", line, StringComparison.Ordinal);
        Assert.DoesNotContain("13800000001", line, StringComparison.Ordinal);
    }

    private static int FreePort()
    {
        using var probe = new TcpListener(IPAddress.Loopback, 0);
        probe.Start();
        return ((IPEndPoint)probe.LocalEndpoint).Port;
    }

    private sealed class CollectingLogger : Microsoft.Extensions.Logging.ILogger<RecordingSender>
    {
        public List<string> Lines { get; } = [];

        public IDisposable? BeginScope<TState>(TState state)
            where TState : notnull => NullLogger.Instance.BeginScope(state);

        public bool IsEnabled(Microsoft.Extensions.Logging.LogLevel logLevel) => true;

        public void Log<TState>(Microsoft.Extensions.Logging.LogLevel logLevel, Microsoft.Extensions.Logging.EventId eventId, TState state, Exception? exception, Func<TState, Exception?, string> formatter)
            => Lines.Add(formatter(state, exception));
    }
}
