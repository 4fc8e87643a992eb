using System.Text.Json.Serialization;

namespace EGov.Platform.Inbox;

/// <summary>How close a work item is to its due date; pages show it as a colour and a text label (正常/临期/超期).</summary>
[JsonConverter(typeof(JsonStringEnumConverter<WarningLevel>))]
public enum WarningLevel
{
    Normal,
    Warning,
    Overdue,
}
