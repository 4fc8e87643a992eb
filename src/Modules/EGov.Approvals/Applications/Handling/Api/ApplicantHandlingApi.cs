using System.Security.Claims;
using EGov.Approvals.Applications.Handling.PreReview;
using EGov.Approvals.Applications.Handling.Withdrawal;
using EGov.Platform.Identity.Api;
using EGov.Platform.Identity.Authorization;
using EGov.Platform.Results;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace EGov.Approvals.Applications.Handling.Api;

/// <summary>The applicant's own steps: withdraw before the decision, supply the materials of the correction notice.</summary>
internal static class ApplicantHandlingApi
{
    public static IEndpointRouteBuilder MapApplicantHandlingApi(this IEndpointRouteBuilder endpoints)
    {
        var mine = endpoints.MapGroup("/api/v1/approvals/my/applications/{id:guid}")
            .RequireAuthorization(PlatformPolicies.Public).AddEndpointFilter<CookieCsrfFilter>().DisableAntiforgery().WithTags("政务服务：我的办件");
        mine.MapPost("/withdraw", async (Guid id, ReasonBody b, ClaimsPrincipal u, [FromServices] WithdrawHandler h, CancellationToken ct)
            => Answer(await h.WithdrawOwnAsync(id, b.Reason, b.Version, u, ct))).WithSummary("撤回申请（作出决定前）");
        mine.MapPost("/correction", async (Guid id, CorrectionSupplyBody b, ClaimsPrincipal u, [FromServices] SupplyCorrectionHandler h, CancellationToken ct)
            => Answer(await h.SupplyAsync(id, HandlingApi.Files(b.Files), b.Note, b.Version, u, ct))).WithSummary("提交补正材料（先上传附件，再提交附件编号）");
        return endpoints;
    }

    private static IResult Answer(Result result) => result.IsSuccess ? TypedResults.NoContent() : result.Error!.ToProblem();
}
