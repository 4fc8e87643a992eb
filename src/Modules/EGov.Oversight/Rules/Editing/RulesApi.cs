using System.Security.Claims;
using EGov.Oversight.Contracts;
using EGov.Oversight.Domain;
using EGov.Platform.Clocks;
using EGov.Platform.Identity.Api;
using EGov.Platform.Identity.Authorization;
using EGov.Platform.Results;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace EGov.Oversight.Rules.Editing;

/// <summary>The rules for machine clients of the security administrator (the same editor as the page).</summary>
internal static class RulesApi
{
    public static IEndpointRouteBuilder MapRulesApi(this IEndpointRouteBuilder endpoints)
    {
        var rules = endpoints.MapGroup("/api/v1/oversight/rules")
            .RequireAuthorization(PlatformPolicies.Permission(OversightPermissions.Rules))
            .AddEndpointFilter<CookieCsrfFilter>().DisableAntiforgery().WithTags("电子监察：规则");
        rules.MapGet("", async ([FromServices] RuleEditor editor, CancellationToken ct) => TypedResults.Ok(new
        {
            rules = (await editor.ListAsync(ct)).Select(Json),
            recompute = await editor.RecomputeProgressAsync(ct) is { } p ? Json(p) : null,
        })).WithSummary("监察规则：默认值与当前设置，以及预警时间的重算进度");
        rules.MapPut("/{code}", async (string code, RuleBody body, ClaimsPrincipal user, [FromServices] RuleEditor editor, CancellationToken ct) =>
        {
            if (ParseLevel(body.Level) is not { } level)
            {
                return LevelInvalid.ToProblem();
            }

            var saved = await editor.SaveAsync(code, new RuleInput(body.Enabled, level, body.Days, body.Percent), body.Version, user.Identity?.Name ?? "", ct);
            return saved.IsSuccess ? TypedResults.Ok(Json(saved.Value)) : saved.Error!.ToProblem();
        }).WithSummary("修改一条规则（启用、级别、工作日数、比例；须带上读取时的 version）");
        rules.MapPost("/{code}/reset", async (string code, ResetBody body, ClaimsPrincipal user, [FromServices] RuleEditor editor, CancellationToken ct) =>
        {
            var reset = await editor.ResetAsync(code, body.Version, user.Identity?.Name ?? "", ct);
            return reset.IsSuccess ? TypedResults.Ok(Json(reset.Value)) : reset.Error!.ToProblem();
        }).WithSummary("一条规则恢复默认");
        return endpoints;
    }

    private const string LevelMessage = "级别只能是 yellow（黄牌）或 red（红牌）";

    private static Error LevelInvalid
        => Error.Validation("oversight.rule_invalid", LevelMessage) with { Fields = new Dictionary<string, string[]> { ["level"] = [LevelMessage] } };

    private static CardLevel? ParseLevel(string? level) => level?.Trim().ToUpperInvariant() switch
    {
        "YELLOW" => CardLevel.Yellow,
        "RED" => CardLevel.Red,
        _ => null,
    };

    private static string LevelCode(CardLevel level) => level == CardLevel.Red ? "red" : "yellow";

    private static object Json(RuleView v) => new
    {
        code = v.Current.Code,
        name = v.Current.Name,
        description = v.Current.Description,
        isAnomaly = v.Current.IsAnomaly,
        enabled = v.Current.Enabled,
        level = LevelCode(v.Current.Level),
        days = v.Current.Days,
        percent = v.Current.Percent,
        isDefault = v.IsDefault,
        @default = new { enabled = v.Default.Enabled, level = LevelCode(v.Default.Level), days = v.Default.Days, percent = v.Default.Percent },
        version = v.Version,
        updatedAt = v.UpdatedAt,
        updatedBy = v.UpdatedBy,
    };

    private static object Json(WarningRecomputeProgress p)
        => new { running = p.Running, done = p.Done, total = p.Total, startedAt = p.StartedAt, finishedAt = p.FinishedAt };

    internal sealed record RuleBody(bool Enabled, string? Level, int? Days, int? Percent, long Version);

    internal sealed record ResetBody(long Version);
}
