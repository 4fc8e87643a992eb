using EGov.Platform.Identity;
using EGov.Platform.Identity.Api;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EGov.Platform.Notifications;

/// <summary><c>/api/v1/my/messages</c>: the signed-in person's site messages.</summary>
internal static class SiteMessagesApi
{
    public static IEndpointRouteBuilder MapSiteMessages(this IEndpointRouteBuilder endpoints)
    {
        var messages = endpoints.MapGroup("/api/v1/my/messages").WithTags("站内消息").RequireAuthorization();
        messages.MapGet("/", ListAsync).WithSummary("我的站内消息（最新在前，page 分页）");
        messages.MapPost("/{id:guid}/read", ReadOneAsync).AddEndpointFilter<CookieCsrfFilter>().DisableAntiforgery().WithSummary("标记一条消息为已读");
        messages.MapPost("/read", ReadAllAsync).AddEndpointFilter<CookieCsrfFilter>().DisableAntiforgery().WithSummary("全部标记为已读");
        return endpoints;
    }

    private static async Task<IResult> ListAsync(int? page, HttpContext context, SiteMessages messages, CancellationToken cancellationToken)
        => TypedResults.Ok(await messages.ListAsync(context.User.AccountId()!.Value, page ?? 1, cancellationToken));

    private static async Task<IResult> ReadOneAsync(Guid id, HttpContext context, SiteMessages messages, CancellationToken cancellationToken)
        => TypedResults.Ok(new { Changed = await messages.MarkReadAsync(context.User.AccountId()!.Value, id, cancellationToken) });

    private static async Task<IResult> ReadAllAsync(HttpContext context, SiteMessages messages, CancellationToken cancellationToken)
        => TypedResults.Ok(new { Changed = await messages.MarkReadAsync(context.User.AccountId()!.Value, null, cancellationToken) });
}
