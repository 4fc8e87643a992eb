using System.Security.Claims;
using EGov.Interaction.Contracts;
using EGov.Platform.Identity.Api;
using EGov.Platform.Identity.Authorization;
using EGov.Platform.Results;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EGov.Interaction.Moderation.Words;

internal sealed record AddWordsBody(List<string?>? Words);

/// <summary><c>/api/v1/interaction/office/sensitive-words</c>: the word list, through the same handler as the page.</summary>
internal static class SensitiveWordsApi
{
    public static IEndpointRouteBuilder MapSensitiveWordsApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/v1/interaction/office/sensitive-words")
            .RequireAuthorization(PlatformPolicies.Permission(InteractionPermissions.Manage))
            .AddEndpointFilter<CookieCsrfFilter>().DisableAntiforgery().WithTags("互动交流：敏感词");
        group.MapGet("/", ListAsync).WithSummary("敏感词列表");
        group.MapPost("/", AddAsync).WithSummary("添加敏感词（words: 一个或多个；已有的跳过）；返回新添加的词");
        group.MapDelete("/{id:guid}", RemoveAsync).WithSummary("删除敏感词");
        return endpoints;
    }

    private static async Task<IResult> ListAsync(SensitiveWordList list, CancellationToken cancellationToken)
        => TypedResults.Ok(await list.ListAsync(cancellationToken));

    private static async Task<IResult> AddAsync(AddWordsBody body, ClaimsPrincipal user, SensitiveWordList list, CancellationToken cancellationToken)
    {
        var result = await list.AddAsync(body.Words ?? [], user, cancellationToken);
        return result.IsSuccess ? TypedResults.Ok(new { added = result.Value }) : result.Error!.ToProblem();
    }

    private static async Task<IResult> RemoveAsync(Guid id, SensitiveWordList list, CancellationToken cancellationToken)
    {
        var result = await list.RemoveAsync(id, cancellationToken);
        return result.IsSuccess ? TypedResults.NoContent() : result.Error!.ToProblem();
    }
}
