using System.Security.Claims;
using EGov.Interaction.Contracts;
using EGov.Platform.Identity.Api;
using EGov.Platform.Identity.Authorization;
using EGov.Platform.Results;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EGov.Interaction.Open311.Clients;

/// <summary><c>/api/v1/interaction/office/clients</c>: register, list and revoke Open311 clients (互动管理).</summary>
internal static class ClientsApi
{
    public static void Map(IEndpointRouteBuilder endpoints)
    {
        var clients = endpoints.MapGroup("/api/v1/interaction/office/clients")
            .RequireAuthorization(PlatformPolicies.Permission(InteractionPermissions.Manage))
            .AddEndpointFilter<CookieCsrfFilter>().DisableAntiforgery().WithTags("互动交流：Open311 客户端");
        clients.MapGet("/", ListAsync).WithSummary("已登记的 Open311 客户端（密钥只显示前缀）");
        clients.MapPost("/", RegisterAsync).WithSummary("登记客户端并发放接口密钥（密钥只在此返回一次）");
        clients.MapPost("/{id:guid}/revoke", RevokeAsync).WithSummary("吊销客户端的接口密钥");
    }

    private static async Task<IResult> ListAsync(ClientQueries queries, CancellationToken ct)
        => TypedResults.Ok((await queries.ListAsync(ct))
            .Select(c => new { c.Id, c.Name, c.Contact, c.KeyPrefix, c.IssuedAt, c.IssuedBy, c.LastUsedAt, c.RevokedAt, c.RevokedBy, revoked = c.IsRevoked, c.Version }));

    private static async Task<IResult> RegisterAsync(NewClient body, RegisterClientHandler handler, ClaimsPrincipal user, CancellationToken ct)
    {
        var issued = await handler.HandleAsync(body, user, ct);
        return issued.IsSuccess
            ? TypedResults.Created($"/api/v1/interaction/office/clients/{issued.Value.Id}", new { issued.Value.Id, issued.Value.Name, apiKey = issued.Value.Key, keyPrefix = issued.Value.Prefix })
            : issued.Error!.ToProblem();
    }

    private static async Task<IResult> RevokeAsync(Guid id, RevokeBody? body, RevokeClientHandler handler, ClaimsPrincipal user, CancellationToken ct)
    {
        var revoked = await handler.HandleAsync(id, body?.Version, user, ct);
        return revoked.IsSuccess ? TypedResults.NoContent() : revoked.Error!.ToProblem();
    }

    internal sealed record RevokeBody(uint? Version);
}
