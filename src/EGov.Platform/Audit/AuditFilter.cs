using System.Globalization;
using EGov.Platform.Results;

namespace EGov.Platform.Audit;

/// <summary>What the audit administrator searches for; every part optional. Times are UTC instants, <see cref="To"/> exclusive.</summary>
public sealed record AuditFilter(
    DateTime? From = null, DateTime? To = null, string? User = null, string? Action = null, AuditOutcome? Outcome = null, string? Target = null)
{
    public Result Validate()
        => From is { } from && To is { } to && from > to
            ? Error.Validation("audit.range_reversed", "开始时间不能晚于结束时间。") with
            {
                Fields = new Dictionary<string, string[]> { ["from"] = ["开始时间不能晚于结束时间。"] },
            }
            : Result.Success();

    /// <summary>The query as the audit detail of <c>audit.viewed</c> / <c>audit.exported</c>.</summary>
    public string Describe() => string.Join(";", new[]
    {
        Part("from", From is { } f ? AuditLeaf.FormatTime(f) : null),
        Part("to", To is { } t ? AuditLeaf.FormatTime(t) : null),
        Part("user", User),
        Part("action", Action),
        Part("outcome", Outcome?.ToString()),
        Part("object", Target),
    }.Where(p => p is not null));

    private static string? Part(string name, string? value)
        => string.IsNullOrWhiteSpace(value) ? null : string.Create(CultureInfo.InvariantCulture, $"{name}={value}");
}
