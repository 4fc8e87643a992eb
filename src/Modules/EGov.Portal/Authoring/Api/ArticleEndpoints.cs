using EGov.Platform.Results;
using EGov.Portal.Authoring.Editing;
using EGov.Portal.Authoring.Scope;
using EGov.Portal.Authoring.Versions;
using EGov.Portal.Contracts;
using EGov.Portal.Domain.Articles;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace EGov.Portal.Authoring.Api;

/// <summary><c>/api/v1/portal/articles…</c>: the same handlers as the editing pages.</summary>
internal static class ArticleEndpoints
{
    public static void Map(RouteGroupBuilder portal)
    {
        var group = portal.MapGroup("/articles").RequireAuthorization("perm:" + PortalPermissions.Edit);
        group.MapGet("/", ListAsync).WithSummary("可编辑的稿件列表（可按站点、栏目、状态筛选）");
        group.MapPost("/", CreateAsync).WithSummary("新建稿件（草稿）");
        group.MapGet("/{id:guid}", GetAsync).WithSummary("稿件详情及流转记录");
        group.MapPut("/{id:guid}", UpdateAsync).WithSummary("修改稿件（仅草稿、退回、撤稿后；须带上读取时的 version）");
        group.MapDelete("/{id:guid}", DeleteAsync).WithSummary("删除草稿");
        group.MapGet("/{id:guid}/revisions", RevisionsAsync).WithSummary("历史版本");
        group.MapGet("/{id:guid}/diff", DiffAsync).WithSummary("比较两个版本（from、to 为版本号）");
        AttachmentEndpoints.Map(group);
        portal.MapGet("/editor/channels", ChannelsAsync).RequireAuthorization("perm:" + PortalPermissions.Edit).WithSummary("当前编辑可发稿的站点和栏目");
        portal.MapGet("/policy-documents", PolicyDocumentsAsync).RequireAuthorization("perm:" + PortalPermissions.Edit).WithSummary("按标题或文号查找政策文件（供解读关联）");
    }

    private static async Task<IResult> ListAsync(Guid? site, Guid? channel, ArticleStatus? status, int? page, ArticleList list, CancellationToken cancellationToken)
        => TypedResults.Ok(await list.QueryAsync(new ArticleListFilter(site, channel, status, page ?? 1), cancellationToken));

    private static async Task<IResult> CreateAsync(ArticleRequest request, SaveArticleHandler handler, ArticleDetails details, CancellationToken cancellationToken)
    {
        var created = await handler.CreateAsync(request.ToFields(), [], cancellationToken);
        if (!created.IsSuccess)
        {
            return created.Error!.ToProblem();
        }

        var view = await details.LoadAsync(created.Value, cancellationToken);
        return TypedResults.Created($"/api/v1/portal/articles/{created.Value}", ArticleResponse.From(view.Value));
    }

    private static async Task<IResult> GetAsync(Guid id, ArticleDetails details, CancellationToken cancellationToken)
    {
        var view = await details.LoadAsync(id, cancellationToken);
        return view.IsSuccess ? TypedResults.Ok(ArticleResponse.From(view.Value)) : view.Error!.ToProblem();
    }

    private static async Task<IResult> UpdateAsync(Guid id, ArticleRequest request, SaveArticleHandler handler, ArticleDetails details, CancellationToken cancellationToken)
    {
        var updated = await handler.UpdateAsync(id, request.ToFields(), [], cancellationToken);
        return updated.IsSuccess ? TypedResults.Ok(ArticleResponse.From((await details.LoadAsync(id, cancellationToken)).Value)) : updated.Error!.ToProblem();
    }

    private static async Task<IResult> DeleteAsync(Guid id, DeleteArticleHandler handler, CancellationToken cancellationToken)
    {
        var deleted = await handler.HandleAsync(id, cancellationToken);
        return deleted.IsSuccess ? TypedResults.NoContent() : deleted.Error!.ToProblem();
    }

    private static async Task<IResult> RevisionsAsync(Guid id, RevisionQueries revisions, CancellationToken cancellationToken)
    {
        var list = await revisions.ListAsync(id, cancellationToken);
        return list.IsSuccess ? TypedResults.Ok(list.Value) : list.Error!.ToProblem();
    }

    private static async Task<IResult> DiffAsync(Guid id, int from, int to, RevisionQueries revisions, CancellationToken cancellationToken)
    {
        var diff = await revisions.CompareAsync(id, from, to, cancellationToken);
        return diff.IsSuccess ? TypedResults.Ok(diff.Value) : diff.Error!.ToProblem();
    }

    private static async Task<IResult> ChannelsAsync(EditorScope scope, CancellationToken cancellationToken)
        => TypedResults.Ok(await scope.WritableChannelsAsync(cancellationToken));

    private static async Task<IResult> PolicyDocumentsAsync(string? q, PolicyDocumentLookup lookup, CancellationToken cancellationToken)
        => TypedResults.Ok(await lookup.FindAsync(q, null, cancellationToken));
}
