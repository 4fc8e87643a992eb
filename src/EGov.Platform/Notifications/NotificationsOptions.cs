namespace EGov.Platform.Notifications;

/// <summary>Configuration section <c>Notifications</c>: the dispatcher's pace and the SMS and e-mail gateways.</summary>
public sealed class NotificationsOptions
{
    public const string Section = "Notifications";

    /// <summary>Seconds between two rounds of the dispatcher; 0 turns the background dispatcher off.</summary>
    public int DispatchIntervalSeconds { get; set; } = 15;

    public int BatchSize { get; set; } = 50;

    /// <summary>Attempts per message before it is marked failed.</summary>
    public int MaxAttempts { get; set; } = 5;

    /// <summary>How long one dispatcher holds a message it is sending; another node leaves it alone meanwhile.</summary>
    public int ClaimSeconds { get; set; } = 120;

    public SmsOptions Sms { get; set; } = new();

    public EmailOptions Email { get; set; } = new();
}

/// <summary><c>Notifications:Sms</c>: <c>record</c> (default: log and keep, send nothing) or <c>http</c> (a JSON gateway).</summary>
public sealed class SmsOptions
{
    public const string Record = "record";
    public const string Http = "http";

    public string Provider { get; set; } = Record;

    /// <summary>The gateway's URL that takes one message per POST.</summary>
    public string? Url { get; set; }

    public string ApiKeyHeader { get; set; } = "X-Api-Key";

    public string? ApiKey { get; set; }

    /// <summary>The JSON body; <c>{recipient}</c>, <c>{subject}</c> and <c>{body}</c> are replaced by JSON-escaped values.</summary>
    public string BodyTemplate { get; set; } = """{"mobile":"{recipient}","content":"{body}"}""";

    public int TimeoutSeconds { get; set; } = 10;
}

/// <summary><c>Notifications:Email</c>: <c>record</c> (default) or <c>smtp</c>.</summary>
public sealed class EmailOptions
{
    public const string Record = "record";
    public const string Smtp = "smtp";

    public string Provider { get; set; } = Record;
    public string? Host { get; set; }
    public int Port { get; set; } = 25;
    public string? User { get; set; }
    public string? Password { get; set; }
    public string From { get; set; } = "noreply@xiling.gov.cn";

    /// <summary>STARTTLS (or TLS on port 465) is required; off only for a relay on the local host.</summary>
    public bool UseTls { get; set; } = true;

    public int TimeoutSeconds { get; set; } = 30;
}
