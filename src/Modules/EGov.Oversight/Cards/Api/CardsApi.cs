using System.Security.Claims;
using EGov.Oversight.Cards.Handling;
using EGov.Oversight.Cards.Reading;
using EGov.Oversight.Contracts;
using EGov.Platform.Identity.Api;
using EGov.Platform.Identity.Authorization;
using EGov.Platform.Results;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace EGov.Oversight.Cards.Api;

/// <summary>黄牌红牌 for supervisors and departments: the list, one card, and the same answer, urge and decide handlers as the card page.</summary>
internal static class CardsApi
{
    public const string ExportUrl = "/office/oversight/cards.xlsx";

    public static IEndpointRouteBuilder MapCardsApi(this IEndpointRouteBuilder endpoints)
    {
        var cards = endpoints.MapGroup("/api/v1/oversight/cards")
            .RequireAuthorization(PlatformPolicies.Staff).AddEndpointFilter<CookieCsrfFilter>().DisableAntiforgery().WithTags("电子监察：黄牌红牌");
        cards.MapGet("", ListAsync).WithSummary("查看范围内的黄牌红牌（level、state、rule、module、department、anomaly、from、to、page）");
        cards.MapGet("/{id:long}", DetailAsync).WithSummary("一张黄牌或红牌：规则、原因、依据、督办、整改说明、处理决定、可执行的操作");
        cards.MapPost("/{id:long}/answer", (long id, AnswerBody b, ClaimsPrincipal u, [FromServices] AnswerCardHandler h, [FromServices] CardQueries q, CancellationToken ct)
            => StepAsync(id, u, q, () => h.AnswerAsync(id, b.Explanation, b.Version, u, ct), ct))
            .RequireAuthorization(Perm(OversightPermissions.Answer)).WithSummary("部门提交整改说明（黄牌随即办结，红牌待监察人员决定）");
        cards.MapPost("/{id:long}/urge", (long id, UrgeBody b, ClaimsPrincipal u, [FromServices] UrgeCardHandler h, [FromServices] CardQueries q, CancellationToken ct)
            => StepAsync(id, u, q, () => h.UrgeAsync(id, b.Day, b.Note, b.Version, u, ct), ct))
            .RequireAuthorization(Perm(OversightPermissions.Supervise)).WithSummary("督办：限期整改（deadline 为 yyyy-MM-dd）");
        cards.MapPost("/{id:long}/decide", (long id, DecideBody b, ClaimsPrincipal u, [FromServices] DecideCardHandler h, [FromServices] CardQueries q, CancellationToken ct)
            => StepAsync(id, u, q, () => DecideAsync(id, b, u, h, ct), ct))
            .RequireAuthorization(Perm(OversightPermissions.Supervise)).WithSummary("红牌处理决定：outcome=close 办结，outcome=return 退回重新整改");
        endpoints.MapGet(ExportUrl, ExportAsync).RequireAuthorization(PlatformPolicies.Staff).ExcludeFromDescription();
        return endpoints;
    }

    private static string Perm(string permission) => PlatformPolicies.Permission(permission);

    private static async Task<IResult> ListAsync(
        ClaimsPrincipal user, [AsParameters] CardListParameters p, [FromServices] CardFilterParser parser, [FromServices] CardQueries query, CancellationToken cancellationToken)
    {
        if (!CardScope.MayRead(user))
        {
            return CardErrors.NotYours.ToProblem();
        }

        var filter = await parser.ParseAsync(p.Input(), cancellationToken);
        if (!filter.IsSuccess)
        {
            return filter.Error!.ToProblem();
        }

        var page = await query.ListAsync(filter.Value, cancellationToken);
        return TypedResults.Ok(new { page.Total, page.Page, page.PageSize, items = page.Rows.Select(CardResponses.Row) });
    }

    private static async Task<IResult> DetailAsync(long id, ClaimsPrincipal user, [FromServices] CardQueries query, CancellationToken cancellationToken)
        => await query.DetailAsync(id, user, cancellationToken) is { } detail ? TypedResults.Ok(CardResponses.Detail(detail)) : CardErrors.NotFound.ToProblem();

    private static async Task<IResult> ExportAsync(
        ClaimsPrincipal user, [AsParameters] CardListParameters p, [FromServices] CardFilterParser parser, [FromServices] CardQueries query, CancellationToken cancellationToken)
    {
        if (!CardScope.MayRead(user))
        {
            return CardErrors.NotYours.ToProblem();
        }

        var filter = await parser.ParseAsync(p.Input() with { Page = null }, cancellationToken);
        if (!filter.IsSuccess)
        {
            return filter.Error!.ToProblem();
        }

        var page = await query.ListAsync(filter.Value, cancellationToken, CardQueries.ExportLimit);
        return TypedResults.File(CardWorkbook.Create(page.Rows), CardWorkbook.ContentType, "黄牌红牌清单.xlsx");
    }

    private static Task<Result> DecideAsync(long id, DecideBody body, ClaimsPrincipal user, DecideCardHandler handler, CancellationToken cancellationToken)
        => body.Outcome?.Trim().ToLowerInvariant() switch
        {
            "close" => handler.CloseAsync(id, body.Decision, body.Version, user, cancellationToken),
            "return" => handler.ReturnAsync(id, body.Decision, body.Version, user, cancellationToken),
            _ => Task.FromResult<Result>(CardErrors.Outcome),
        };

    private static async Task<IResult> StepAsync(long id, ClaimsPrincipal user, CardQueries query, Func<Task<Result>> step, CancellationToken cancellationToken)
    {
        var result = await step();
        if (!result.IsSuccess)
        {
            return result.Error!.ToProblem();
        }

        return await query.DetailAsync(id, user, cancellationToken) is { } detail
            ? TypedResults.Ok(new { id, state = CardNames.Code(detail.Card.State), stateName = CardNames.Of(detail.Card.State), detail.Card.Version })
            : TypedResults.NoContent();
    }
}

/// <summary>The list filter from the query string, every value as typed (checked by <see cref="CardFilterParser"/>).</summary>
internal sealed record CardListParameters(
    [FromQuery] string? Level, [FromQuery] string? State, [FromQuery] string? Rule, [FromQuery] string? Module, [FromQuery] string? Department,
    [FromQuery] string? Anomaly, [FromQuery] string? From, [FromQuery] string? To, [FromQuery] string? Page)
{
    public CardFilterInput Input() => new(Level, State, Rule, Module, Department, Anomaly, From, To, PageNumber);

    /// <summary>A page that is not a number is page 0, which the parser refuses.</summary>
    private int? PageNumber => string.IsNullOrWhiteSpace(Page) ? null : int.TryParse(Page, out var n) ? n : 0;
}
