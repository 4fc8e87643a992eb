using MailKit.Net.Smtp;
using MailKit.Security;
using Microsoft.Extensions.Options;
using MimeKit;

namespace EGov.Platform.Notifications;

/// <summary>E-mail through an SMTP server (<c>Notifications:Email:Provider = smtp</c>), one connection per message.</summary>
internal sealed class SmtpEmailSender(IOptions<NotificationsOptions> options) : IMessageSender
{
    public string Channel => MessageChannels.Email;

    public async Task<SendResult> SendAsync(string recipient, string subject, string body, CancellationToken cancellationToken)
    {
        var settings = options.Value.Email;
        if (string.IsNullOrWhiteSpace(settings.Host))
        {
            return new SendResult(false, false, "未配置邮件服务器地址（Notifications:Email:Host）");
        }

        using var message = new MimeMessage();
        message.From.Add(MailboxAddress.Parse(settings.From));
        message.To.Add(MailboxAddress.Parse(recipient));
        message.Subject = subject;
        message.Body = new TextPart("plain") { Text = body };

        using var client = new SmtpClient { Timeout = settings.TimeoutSeconds * 1000 };
        var security = !settings.UseTls ? SecureSocketOptions.None : settings.Port == 465 ? SecureSocketOptions.SslOnConnect : SecureSocketOptions.StartTls;
        await client.ConnectAsync(settings.Host, settings.Port, security, cancellationToken);
        if (!string.IsNullOrEmpty(settings.User))
        {
            await client.AuthenticateAsync(settings.User, settings.Password ?? "", cancellationToken);
        }

        var response = await client.SendAsync(message, cancellationToken);
        await client.DisconnectAsync(true, cancellationToken);
        return new SendResult(true, false, Truncate(response));
    }

    private static string Truncate(string text) => text.Length > 500 ? text[..500] : text;
}
