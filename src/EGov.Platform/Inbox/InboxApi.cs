using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace EGov.Platform.Inbox;

internal static class InboxApi
{
    public static IEndpointRouteBuilder MapInboxEndpoints(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet("/api/v1/inbox", GetAsync)
            .WithTags("待办")
            .WithSummary("当前用户的待办事项（本人及其岗位角色），最紧急的在前");
        return endpoints;
    }

    private static async Task<Ok<InboxPage>> GetAsync(HttpContext context, [FromServices] IWorkItems workItems, [FromQuery] int? page, CancellationToken cancellationToken)
        => TypedResults.Ok(await workItems.ForPrincipalAsync(context.User, page ?? 1, cancellationToken));
}
