using EGov.Platform.Results;
using EGov.Portal.Authoring.Sites;
using EGov.Portal.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EGov.Portal.Authoring.Api;

internal sealed record GrantRequest(string? UserName, Guid? ChannelId);

/// <summary><c>/api/v1/portal/sites…</c>: sites, channel trees, home blocks and editor grants of the manager's scope.</summary>
internal static class SiteEndpoints
{
    public static void Map(RouteGroupBuilder portal)
    {
        var sites = portal.MapGroup("/sites").RequireAuthorization("perm:" + PortalPermissions.Manage);
        sites.MapGet("/", async (SiteQueries q, CancellationToken ct) => TypedResults.Ok(await q.SitesAsync(ct))).WithSummary("管理范围内的站点");
        sites.MapPost("/", CreateSiteAsync).WithSummary("为单位开设子站（每个单位最多一个网站）");
        sites.MapGet("/{siteId:guid}", async (Guid siteId, SiteQueries q, CancellationToken ct) => Answer(await q.SiteAsync(siteId, ct))).WithSummary("站点详情");
        sites.MapPut("/{siteId:guid}", async (Guid siteId, SiteFields f, SaveSiteHandler h, CancellationToken ct) => Answer(await h.UpdateAsync(siteId, f, ct)))
            .WithSummary("修改站点名称、域名、开放状态（须带 version）");

        sites.MapGet("/{siteId:guid}/channels", ChannelsAsync).WithSummary("栏目树（按层级排好）");
        sites.MapPost("/{siteId:guid}/channels", CreateChannelAsync).WithSummary("新建栏目");
        sites.MapPut("/{siteId:guid}/channels/{channelId:guid}", async (Guid siteId, Guid channelId, ChannelFields f, SaveChannelHandler h, CancellationToken ct)
            => Answer(await h.SaveAsync(siteId, channelId, f, ct))).WithSummary("修改栏目：名称、类型、链接、排序、上级（须带 version）");
        sites.MapDelete("/{siteId:guid}/channels/{channelId:guid}", async (Guid siteId, Guid channelId, DeleteChannelHandler h, CancellationToken ct)
            => Answer(await h.HandleAsync(siteId, channelId, ct))).WithSummary("删除栏目（无子栏目、无稿件时）");

        sites.MapGet("/{siteId:guid}/blocks", BlocksAsync).WithSummary("首页区块");
        sites.MapPost("/{siteId:guid}/blocks", async (Guid siteId, HomeBlockFields f, HomeBlockHandler h, CancellationToken ct)
            => Created(await h.SaveAsync(siteId, null, f, ct), id => $"/api/v1/portal/sites/{siteId}/blocks/{id}")).WithSummary("新增首页区块");
        sites.MapPut("/{siteId:guid}/blocks/{blockId:guid}", async (Guid siteId, Guid blockId, HomeBlockFields f, HomeBlockHandler h, CancellationToken ct)
            => Answer(await h.SaveAsync(siteId, blockId, f, ct))).WithSummary("修改首页区块");
        sites.MapDelete("/{siteId:guid}/blocks/{blockId:guid}", async (Guid siteId, Guid blockId, HomeBlockHandler h, CancellationToken ct)
            => Answer(await h.DeleteAsync(siteId, blockId, ct))).WithSummary("删除首页区块");

        sites.MapGet("/{siteId:guid}/editors", EditorsAsync).WithSummary("编辑授权");
        sites.MapPost("/{siteId:guid}/editors", async (Guid siteId, GrantRequest r, EditorGrantHandler h, CancellationToken ct)
            => Created(await h.GrantAsync(siteId, r.UserName, r.ChannelId, ct), id => $"/api/v1/portal/sites/{siteId}/editors/{id}")).WithSummary("授权工作人员编辑全站或某栏目");
        sites.MapDelete("/{siteId:guid}/editors/{grantId:guid}", async (Guid siteId, Guid grantId, EditorGrantHandler h, CancellationToken ct)
            => Answer(await h.RevokeAsync(siteId, grantId, ct))).WithSummary("取消编辑授权");
    }

    private static async Task<IResult> CreateSiteAsync(SiteFields f, SaveSiteHandler handler, SiteQueries queries, CancellationToken cancellationToken)
    {
        var created = await handler.CreateAsync(f, cancellationToken);
        return created.IsSuccess
            ? TypedResults.Created($"/api/v1/portal/sites/{created.Value}", (await queries.SiteAsync(created.Value, cancellationToken)).Value)
            : created.Error!.ToProblem();
    }

    private static async Task<IResult> CreateChannelAsync(Guid siteId, ChannelFields f, SaveChannelHandler handler, CancellationToken cancellationToken)
        => Created(await handler.SaveAsync(siteId, null, f, cancellationToken), id => $"/api/v1/portal/sites/{siteId}/channels/{id}");

    private static Task<IResult> ChannelsAsync(Guid siteId, SiteQueries q, CancellationToken ct) => InSite(siteId, q, () => q.ChannelsAsync(siteId, ct), ct);

    private static Task<IResult> BlocksAsync(Guid siteId, SiteQueries q, CancellationToken ct) => InSite(siteId, q, () => q.BlocksAsync(siteId, ct), ct);

    private static Task<IResult> EditorsAsync(Guid siteId, SiteQueries q, CancellationToken ct) => InSite(siteId, q, () => q.GrantsAsync(siteId, ct), ct);

    private static async Task<IResult> InSite<T>(Guid siteId, SiteQueries queries, Func<Task<T>> load, CancellationToken cancellationToken)
    {
        var site = await queries.SiteAsync(siteId, cancellationToken);
        return site.IsSuccess ? TypedResults.Ok(await load()) : site.Error!.ToProblem();
    }

    private static IResult Answer<T>(Result<T> result) => result.IsSuccess ? TypedResults.Ok(result.Value) : result.Error!.ToProblem();

    private static IResult Answer(Result result) => result.IsSuccess ? TypedResults.NoContent() : result.Error!.ToProblem();

    private static IResult Created(Result<Guid> result, Func<Guid, string> location)
        => result.IsSuccess ? TypedResults.Created(location(result.Value), new { id = result.Value }) : result.Error!.ToProblem();
}
