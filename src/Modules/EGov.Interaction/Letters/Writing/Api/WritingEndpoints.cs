using EGov.Interaction.Contracts;
using EGov.Interaction.Letters.Writing.Moderation;
using EGov.Interaction.Letters.Writing.Rating;
using EGov.Interaction.Letters.Writing.Registration;
using EGov.Interaction.Letters.Writing.Tracking;
using EGov.Platform.Identity;
using EGov.Platform.Identity.Api;
using EGov.Platform.Identity.Authorization;
using EGov.Platform.Results;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EGov.Interaction.Letters.Writing.Api;

/// <summary>Mailboxes, writing, tracking, rating, 我的信件 and the review of held letters: the same handlers as the pages.</summary>
internal static class WritingEndpoints
{
    /// <summary>The host's per-IP limit for public forms.</summary>
    public const string PublicForm = "public-form";

    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var api = endpoints.MapGroup("/api/v1/interaction").WithTags("互动交流：写信");
        api.MapGet("/mailboxes", MailboxesAsync).AllowAnonymous().WithSummary("开放的信箱（区长信箱在前）");
        api.MapPost("/letters", SubmitAsync).AllowAnonymous().RequireRateLimiting(PublicForm)
            .AddEndpointFilter<SignedInCsrfFilter>().DisableAntiforgery()
            .WithSummary("写信：登录用户直接提交；未登录须带 proof（图形验证码与短信验证码）；返回信件编号和查询码（只返回这一次）");
        api.MapPost("/letters/track", TrackAsync).AllowAnonymous().RequireRateLimiting(PublicForm).DisableAntiforgery()
            .WithSummary("凭信件编号和查询码查询办理过程和答复");
        api.MapPost("/letters/rating", RateByCodeAsync).AllowAnonymous().RequireRateLimiting(PublicForm).DisableAntiforgery()
            .AddEndpointFilter<SignedInCsrfFilter>()
            .WithSummary("凭信件编号和查询码评价答复（满意 Satisfied / 基本满意 BasicallySatisfied / 不满意 Unsatisfied）");
        api.MapGet("/office/letters/held", HeldAsync).RequireAuthorization("perm:" + InteractionPermissions.Dispatch).WithSummary("待审核的来信");
        api.MapPost("/office/letters/held/{id:guid}/release", ReleaseAsync).RequireAuthorization("perm:" + InteractionPermissions.Dispatch)
            .AddEndpointFilter<CookieCsrfFilter>().DisableAntiforgery().WithSummary("放行待审核的来信（登记并分办）");
        api.MapPost("/office/letters/held/{id:guid}/reject", RejectAsync).RequireAuthorization("perm:" + InteractionPermissions.Dispatch)
            .AddEndpointFilter<CookieCsrfFilter>().DisableAntiforgery().WithSummary("待审核的来信不予受理（须说明理由）");

        var mine = endpoints.MapGroup("/api/v1/my/letters").WithTags("互动交流：我的信件").RequireAuthorization(PlatformPolicies.Public);
        mine.MapGet("", MineAsync).WithSummary("我的信件");
        mine.MapGet("/{id:guid}", MyLetterAsync).WithSummary("我的一封信件的办理过程和答复");
        mine.MapPost("/{id:guid}/rating", RateOwnAsync).AddEndpointFilter<CookieCsrfFilter>().DisableAntiforgery().WithSummary("评价我的信件的答复");
    }

    private static async Task<IResult> MailboxesAsync(MailboxDirectory mailboxes, CancellationToken cancellationToken)
        => TypedResults.Ok((await mailboxes.ActiveAsync(cancellationToken)).Select(m => new MailboxResponse(m.Code, m.Name, m.KindName, m.Description)));

    private static async Task<IResult> SubmitAsync(LetterBody body, HttpContext context, LetterRegistrar registrar, CancellationToken cancellationToken)
    {
        var writer = context.User.AccountId() is null ? null : context.User;
        var result = await registrar.SubmitAsync(body.ToNewLetter(), writer, cancellationToken);
        return result.IsSuccess
            ? TypedResults.Created(writer is null ? "/interaction/letters/track" : $"/my/letters/{result.Value.Id}", ReceiptResponse.From(result.Value))
            : result.Error!.ToProblem();
    }

    private static async Task<IResult> TrackAsync(TrackBody body, LetterTracking tracking, CancellationToken cancellationToken)
    {
        var view = await tracking.FindAsync(body.Number, body.QueryCode, cancellationToken);
        return view.IsSuccess ? TypedResults.Ok(view.Value) : view.Error!.ToProblem();
    }

    private static async Task<IResult> RateByCodeAsync(RatingBody body, RateLetterHandler handler, CancellationToken cancellationToken)
    {
        var rated = await handler.RateByCodeAsync(body.Number, body.QueryCode, body.Satisfaction, body.Comment, cancellationToken);
        return rated.IsSuccess ? TypedResults.Ok(new RatedResponse(rated.Value.ToString())) : rated.Error!.ToProblem();
    }

    private static async Task<IResult> MineAsync(HttpContext context, LetterTracking tracking, CancellationToken cancellationToken)
        => TypedResults.Ok(await tracking.ListOwnAsync(context.User.AccountId()!.Value, cancellationToken));

    private static async Task<IResult> MyLetterAsync(Guid id, HttpContext context, LetterTracking tracking, CancellationToken cancellationToken)
        => await tracking.FindOwnAsync(id, context.User.AccountId()!.Value, cancellationToken) is { } view
            ? TypedResults.Ok(view)
            : InteractionErrors.NotFound.ToProblem();

    private static async Task<IResult> RateOwnAsync(Guid id, OwnRatingBody body, HttpContext context, RateLetterHandler handler, CancellationToken cancellationToken)
    {
        var rated = await handler.RateOwnAsync(id, context.User.AccountId()!.Value, body.Satisfaction, body.Comment, context.User, cancellationToken);
        return rated.IsSuccess ? TypedResults.Ok(new RatedResponse(rated.Value.ToString())) : rated.Error!.ToProblem();
    }

    private static async Task<IResult> HeldAsync(HeldLetters held, CancellationToken cancellationToken)
        => TypedResults.Ok(await held.ListAsync(cancellationToken));

    private static async Task<IResult> ReleaseAsync(Guid id, ReleaseBody? body, HttpContext context, HeldLetterHandler handler, CancellationToken cancellationToken)
        => (await handler.ReleaseAsync(id, body?.Version, context.User, cancellationToken)) is { IsSuccess: false } failed ? failed.Error!.ToProblem() : TypedResults.NoContent();

    private static async Task<IResult> RejectAsync(Guid id, RejectBody body, HttpContext context, HeldLetterHandler handler, CancellationToken cancellationToken)
        => (await handler.RejectAsync(id, body.Version, body.Reason, context.User, cancellationToken)) is { IsSuccess: false } failed ? failed.Error!.ToProblem() : TypedResults.NoContent();
}
