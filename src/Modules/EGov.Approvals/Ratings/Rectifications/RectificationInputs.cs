using System.Text.Json.Serialization;
using EGov.Approvals.Domain.Ratings;

namespace EGov.Approvals.Ratings.Rectifications;

/// <summary>回访: when (Beijing time), how, and what the applicant said.</summary>
internal sealed class CallBackInput
{
    public DateTime? CalledBackAt { get; set; }
    public string? Method { get; set; }
    public string? Note { get; set; }
    public long? Version { get; set; }
}

/// <summary>整改: the class (立行立改 / 限期整改 / 解释说明) and what was done.</summary>
internal sealed class RectifyInput
{
    [JsonConverter(typeof(JsonStringEnumConverter<RectificationKind>))]
    public RectificationKind? Kind { get; set; }

    public string? Outcome { get; set; }
    public long? Version { get; set; }
}

/// <summary>申诉: why the department holds the rating mistaken or malicious.</summary>
internal sealed class AppealInput
{
    public string? Reason { get; set; }
    public long? Version { get; set; }
}

/// <summary>申诉复核 decision.</summary>
internal sealed class AppealDecisionInput
{
    public bool? Upheld { get; set; }
    public string? Note { get; set; }
    public long? Version { get; set; }
}

/// <summary>The applicant's rating of the rectification: 满意 / 基本满意 / 不满意.</summary>
internal sealed class FeedbackInput
{
    /// <summary>Which rectification of the application (online or window rating); default the one awaiting feedback.</summary>
    public Guid? RectificationId { get; set; }

    [JsonConverter(typeof(JsonStringEnumConverter<RectificationFeedback>))]
    public RectificationFeedback? Feedback { get; set; }

    public string? Comment { get; set; }
}

internal static class CallBackMethods
{
    public static IReadOnlyList<string> All { get; } = ["电话", "短信", "上门", "当面"];
}
