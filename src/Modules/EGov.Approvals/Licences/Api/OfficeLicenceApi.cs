using System.Security.Claims;
using EGov.Approvals.Contracts;
using EGov.Approvals.Licences.Revocation;
using EGov.Platform.Identity.Api;
using EGov.Platform.Results;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace EGov.Approvals.Licences.Api;

/// <summary>Staff: the licences in scope and their revocation (注销).</summary>
internal static class OfficeLicenceApi
{
    public const string Policy = "perm:" + ApprovalsPermissions.Licences;

    public static IEndpointRouteBuilder MapOfficeLicenceApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/v1/approvals/office/licences").WithTags("政务服务：电子证照管理").RequireAuthorization(Policy);
        group.MapGet("", ListAsync).WithSummary("本部门范围内的电子证照（status=valid|expired|revoked，q，item，page）");
        group.MapPost("/{id:guid}/revoke", RevokeAsync).AddEndpointFilter<CookieCsrfFilter>().DisableAntiforgery().WithSummary("注销电子证照");
        return endpoints;
    }

    private static async Task<IResult> ListAsync(
        [FromQuery] string? status, [FromQuery] Guid? item, [FromQuery] string? q, [FromQuery] int? page, StaffLicenceList list, CancellationToken cancellationToken)
        => TypedResults.Ok(await list.QueryAsync(new StaffLicenceFilter(status, item, q, page ?? 1), cancellationToken));

    private static async Task<IResult> RevokeAsync(Guid id, RevokeRequest request, RevokeLicenceHandler handler, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var result = await handler.RevokeAsync(id, request.Reason, request.Version, user, cancellationToken);
        return result.IsSuccess ? TypedResults.NoContent() : result.Error!.ToProblem();
    }
}

internal sealed record RevokeRequest(string? Reason, long? Version);
