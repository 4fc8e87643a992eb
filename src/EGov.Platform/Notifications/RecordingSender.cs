using Microsoft.Extensions.Logging;

namespace EGov.Platform.Notifications;

/// <summary>
/// The sender of a channel without a configured gateway: the message stays in the outbox as <see cref="OutgoingState.Recorded"/>
/// and the log says plainly that it was recorded, not sent (recipient masked). An SMS's text is logged too, so that
/// on a demo installation the verification code can be read from the server log.
/// </summary>
internal sealed partial class RecordingSender(string channel, ILogger<RecordingSender> logger) : IMessageSender
{
    public const string Detail = "未配置网关：已记录，未实际发送";

    public string Channel => channel;

    public Task<SendResult> SendAsync(string recipient, string subject, string body, CancellationToken cancellationToken)
    {
        if (channel == MessageChannels.Sms)
        {
            LogSms(logger, RecipientMask.Of(recipient), subject, body);
        }
        else
        {
            LogEmail(logger, RecipientMask.Of(recipient), subject);
        }

        return Task.FromResult(new SendResult(true, true, Detail));
    }

    [LoggerMessage(Level = LogLevel.Information, Message = "未配置短信网关：短信已记录，未实际发送（收件人 {Recipient}，标题 {Subject}，内容 {Body}）")]
    private static partial void LogSms(ILogger logger, string recipient, string subject, string body);

    [LoggerMessage(Level = LogLevel.Information, Message = "未配置邮件服务器：邮件已记录，未实际发送（收件人 {Recipient}，标题 {Subject}）")]
    private static partial void LogEmail(ILogger logger, string recipient, string subject);
}
