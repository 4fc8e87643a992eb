using EGov.Platform.Audit;

namespace EGov.Web.Pages.Admin.Audit;

/// <summary>The search form of the audit pages: dates are Beijing calendar days, both inclusive.</summary>
public sealed class AuditQueryForm
{
    public DateOnly? From { get; set; }
    public DateOnly? To { get; set; }
    public string? User { get; set; }
    public string? Action { get; set; }
    public AuditOutcome? Outcome { get; set; }
    public string? Target { get; set; }

    public AuditFilter ToFilter() => new(
        From is { } from ? StartOfDay(from) : null,
        To is { } to ? StartOfDay(to.AddDays(1)) : null,
        User, Action, Outcome, Target);

    /// <summary>The form as query values, for paging and export links.</summary>
    public Dictionary<string, string> RouteValues()
    {
        var values = new Dictionary<string, string>();
        Add(values, "from", From?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Add(values, "to", To?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture));
        Add(values, "user", User);
        Add(values, "action", Action);
        Add(values, "outcome", Outcome?.ToString());
        Add(values, "target", Target);
        return values;
    }

    private static DateTime StartOfDay(DateOnly day)
        => TimeZoneInfo.ConvertTimeToUtc(day.ToDateTime(TimeOnly.MinValue, DateTimeKind.Unspecified), AuditDisplay.Beijing);

    private static void Add(Dictionary<string, string> values, string key, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value))
        {
            values[key] = value;
        }
    }
}
