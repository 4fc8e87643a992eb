using System.Globalization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;

namespace EGov.Platform.Audit;

/// <summary><c>GET /api/v1/audit/entries</c>: the audit log for the audit administrator's machine clients; audited.</summary>
internal static class AuditApi
{
    public const int PageSize = 100;

    public static async Task<Results<Ok<AuditEntriesResponse>, ValidationProblem>> GetEntriesAsync(
        string? from, string? to, string? action, string? user, int? page, AuditSearch search, CancellationToken cancellationToken)
    {
        var errors = new Dictionary<string, string[]>();
        var fromTime = ParseInstant(from, "from", errors);
        var toTime = ParseInstant(to, "to", errors);
        if (errors.Count > 0)
        {
            return Invalid(errors);
        }

        var result = await search.SearchAsync(new AuditFilter(fromTime, toTime, user, action), page ?? 1, PageSize, cancellationToken);
        if (!result.IsSuccess)
        {
            return Invalid(result.Error!.Fields?.ToDictionary() ?? new Dictionary<string, string[]> { [""] = [result.Error.Message] });
        }

        var found = result.Value;
        return TypedResults.Ok(new AuditEntriesResponse(found.Page, found.PageSize, found.Total, [.. found.Items.Select(AuditEntryDto.From)]));
    }

    private static ValidationProblem Invalid(IDictionary<string, string[]> errors)
        => TypedResults.ValidationProblem(errors, title: "查询条件有误", detail: "请按提示修改查询条件后重试。");

    private static DateTime? ParseInstant(string? value, string name, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrWhiteSpace(value))
        {
            return null;
        }

        if (DateTimeOffset.TryParse(value, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var instant))
        {
            return instant.UtcDateTime;
        }

        errors[name] = ["时间格式应为 ISO 8601，例如 2026-11-28T08:00:00+08:00。"];
        return null;
    }
}

public sealed record AuditEntriesResponse(int Page, int PageSize, long Total, IReadOnlyList<AuditEntryDto> Items);

public sealed record AuditEntryDto(
    long? Sequence, DateTimeOffset Time, string UserId, string UserName, Guid? DepartmentId, string? DepartmentName, string? Ip,
    string Action, string? ObjectType, string? ObjectId, string Outcome, string? Detail, string? RequestId, string? LeafHash)
{
    public static AuditEntryDto From(AuditEntry e) => new(
        e.Sequence, new DateTimeOffset(e.Time, TimeSpan.Zero), e.UserId, e.UserName, e.DepartmentId, e.DepartmentName, e.Ip,
        e.Action, e.ObjectType, e.ObjectId, e.Outcome.ToString(), e.Detail, e.RequestId,
        e.LeafHash is null ? null : Convert.ToHexStringLower(e.LeafHash));
}
