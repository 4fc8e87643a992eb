using System.Text.Json;
using EGov.Approvals.Contracts;
using EGov.Oversight.Contracts;
using EGov.Platform.Time;

namespace EGov.Approvals.Oversight;

/// <summary>The application a check found, as oversight files it.</summary>
internal sealed record ApplicationHit(Guid Id, string Number, string ItemName, Guid DepartmentId);

internal static class AnomalyFindings
{
    public const string CaseType = "application";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static AnomalyFinding Of(string rule, ApplicationHit hit, string reason, object evidence)
    {
        var id = hit.Id.ToString();
        return new AnomalyFinding(
            rule, ApprovalsClocks.Module, CaseType, id, hit.DepartmentId, hit.ItemName, $"{hit.ItemName}（{hit.Number}）",
            ApprovalsClocks.CaseUrl(CaseType, id), reason, JsonSerializer.Serialize(evidence, Json));
    }

    /// <summary>
    /// The first calendar day (China time) that can hold a record made at or after <paramref name="since"/>: the bound for
    /// records that keep only a date. The first run (<see cref="DateTime.MinValue"/>) gets every day.
    /// </summary>
    public static DateOnly DayOf(DateTime since)
        => since <= DateTime.MinValue.AddDays(1) ? DateOnly.MinValue : ChinaTime.DateOf(since);

    public static string Day(DateOnly date) => $"{date.Year}年{date.Month}月{date.Day}日";

    public static string Day(DateOnly? date) => date is { } d ? Day(d) : "无";
}
