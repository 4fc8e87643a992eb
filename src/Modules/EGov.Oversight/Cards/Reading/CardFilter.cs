using EGov.Oversight.Domain;

namespace EGov.Oversight.Cards.Reading;

/// <summary>A parsed card list filter; <see cref="From"/> and <see cref="To"/> are days in China on which cards were raised.</summary>
internal sealed record CardFilter(
    CardLevel? Level = null,
    CardState? State = null,
    string? Rule = null,
    string? Module = null,
    Guid? DepartmentId = null,
    bool? Anomaly = null,
    DateOnly? From = null,
    DateOnly? To = null,
    int Page = 1);

/// <summary>The filter as it comes from a query string or a form: every value as typed.</summary>
internal sealed record CardFilterInput(
    string? Level = null,
    string? State = null,
    string? Rule = null,
    string? Module = null,
    string? Department = null,
    string? Anomaly = null,
    string? From = null,
    string? To = null,
    int? Page = null)
{
    public string Query(int? page = null)
    {
        var parts = new (string Key, string? Value)[]
        {
            ("level", Level), ("state", State), ("rule", Rule), ("module", Module), ("department", Department),
            ("anomaly", Anomaly), ("from", From), ("to", To), ("page", page?.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        };
        return string.Join('&', parts.Where(p => !string.IsNullOrWhiteSpace(p.Value)).Select(p => $"{p.Key}={Uri.EscapeDataString(p.Value!.Trim())}"));
    }
}
