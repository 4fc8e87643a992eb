namespace EGov.Documents.Domain.Incoming;

/// <summary>One step of the handling history (签收、登记、初审、催办…), with person and time.</summary>
internal sealed class IncomingStep
{
    public long Id { get; set; }
    public Guid DocumentId { get; set; }

    /// <summary>Stable code, one of <see cref="IncomingSteps"/>.</summary>
    public string Step { get; set; } = "";

    public DateTime At { get; set; }
    public Guid? ById { get; set; }
    public string ByName { get; set; } = "";
    public Guid? DepartmentId { get; set; }
    public string? Text { get; set; }
}

/// <summary>The step codes of the history and the audit log, with their Chinese names.</summary>
internal static class IncomingSteps
{
    public const string Delivered = "delivered";
    public const string Received = "received";
    public const string Registered = "registered";
    public const string Returned = "returned";
    public const string Checked = "checked";
    public const string Proposed = "proposed";
    public const string Instructed = "instructed";
    public const string Opinion = "opinion";
    public const string Circulated = "circulated";
    public const string Read = "read";
    public const string Reminded = "reminded";
    public const string Concluded = "concluded";
    public const string Archived = "archived";

    public static string NameOf(string step) => step switch
    {
        Delivered => "送达",
        Received => "签收",
        Registered => "登记",
        Returned => "初审退回",
        Checked => "初审",
        Proposed => "拟办",
        Instructed => "批办",
        Opinion => "协办意见",
        Circulated => "传阅",
        Read => "阅文",
        Reminded => "催办",
        Concluded => "办结",
        Archived => "归档",
        _ => step,
    };
}
