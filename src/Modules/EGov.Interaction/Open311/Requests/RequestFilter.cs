using EGov.Interaction.Domain.Letters;
using EGov.Interaction.Open311.Format;
using EGov.Interaction.Open311.Services;

namespace EGov.Interaction.Open311.Requests;

/// <summary>The query string of GET requests as sent (empty parameters count as absent, as the specification says).</summary>
internal sealed record RequestQueryInput(string? ServiceRequestId, string? ServiceCode, string? StartDate, string? EndDate, string? Status);

/// <param name="Numbers">When given, overrides every other parameter.</param>
internal sealed record RequestFilter(IReadOnlyList<string>? Numbers, IReadOnlyList<LetterKind>? Kinds, DateTime From, DateTime To, IReadOnlyList<string>? Statuses)
{
    /// <summary>"Default query limit is a span of 90 days or first 1000 requests returned, whichever is smallest."</summary>
    public static readonly TimeSpan MaxSpan = TimeSpan.FromDays(90);

    public const int MaxResults = 1000;

    /// <summary>Checks every parameter and reports every fault at once (400).</summary>
    public static (RequestFilter? Filter, IReadOnlyList<Open311Error> Errors) Parse(RequestQueryInput input, DateTime nowUtc)
    {
        ArgumentNullException.ThrowIfNull(input);
        var errors = new List<Open311Error>();
        var numbers = List(input.ServiceRequestId);
        var kinds = Codes(List(input.ServiceCode), errors);
        var statuses = ParseStatuses(List(input.Status), errors);
        var start = Date(input.StartDate, "start_date", errors);
        var end = Date(input.EndDate, "end_date", errors);
        var (from, to) = (start, end) switch
        {
            ({ } s, { } e) => (s, e),
            ({ } s, null) => (s, s + MaxSpan),
            (null, { } e) => (e - MaxSpan, e),
            _ => (nowUtc - MaxSpan, nowUtc),
        };
        if (to < from)
        {
            errors.Add(Open311Error.BadRequest("end_date 不能早于 start_date。"));
        }
        else if (to - from > MaxSpan)
        {
            errors.Add(Open311Error.BadRequest("start_date 与 end_date 的跨度不能超过 90 天。"));
        }

        if (numbers is not null)
        {
            // service_request_id "overrides all other arguments".
            return (new RequestFilter(numbers, null, from, to, null), []);
        }

        return errors.Count > 0 ? (null, errors) : (new RequestFilter(null, kinds, from, to, statuses), []);
    }

    private static List<string>? List(string? value)
    {
        var items = (value ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal).ToList();
        return items.Count == 0 ? null : items;
    }

    private static List<LetterKind>? Codes(List<string>? codes, List<Open311Error> errors)
    {
        if (codes is null)
        {
            return null;
        }

        var unknown = codes.Where(c => Open311Services.Find(c) is null).ToList();
        if (unknown.Count > 0)
        {
            errors.Add(Open311Error.BadRequest($"service_code 无效：{string.Join("，", unknown)}。"));
        }

        return codes.Select(Open311Services.Find).OfType<Open311Service>().Select(s => s.Kind).Distinct().ToList();
    }

    private static List<string>? ParseStatuses(List<string>? statuses, List<Open311Error> errors)
    {
        var normalized = statuses?.Select(s => s.ToLowerInvariant()).Distinct().ToList();
        if (normalized?.Any(s => s is not (RequestStatus.Open or RequestStatus.Closed)) == true)
        {
            errors.Add(Open311Error.BadRequest("status 只能是 open 或 closed（可用逗号分隔）。"));
        }

        return normalized;
    }

    private static DateTime? Date(string? text, string name, List<Open311Error> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var parsed = W3cDateTime.Parse(text);
        if (parsed is null)
        {
            errors.Add(Open311Error.BadRequest($"{name} 应为带时区的 W3C 日期时间，例如 2026-01-01T00:00:00+08:00。"));
        }

        return parsed;
    }
}
