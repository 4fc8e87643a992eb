namespace EGov.Disclosure.Requests.Handling;

/// <summary>Configuration section <c>Disclosure:Handling</c>.</summary>
internal sealed class HandlingOptions
{
    public const string Section = "Disclosure:Handling";

    /// <summary>How often each node looks for corrections and fees whose period has passed (deemed withdrawn).</summary>
    public int SchedulerSeconds { get; set; } = 600;
}
