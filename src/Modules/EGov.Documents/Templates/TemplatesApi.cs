using EGov.Documents.Contracts;
using EGov.Documents.Domain;
using EGov.Documents.Outgoing;
using EGov.Platform.Identity.Api;
using EGov.Platform.Identity.Authorization;
using EGov.Platform.Results;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace EGov.Documents.Templates;

/// <summary>公文模板: drafters read the templates they may use; template managers list, create and change them.</summary>
internal static class TemplatesApi
{
    public static IEndpointRouteBuilder MapTemplatesApi(this IEndpointRouteBuilder endpoints)
    {
        var g = endpoints.MapGroup("/api/v1/documents/templates")
            .RequireAuthorization(PlatformPolicies.Staff).AddEndpointFilter<CookieCsrfFilter>().DisableAntiforgery().WithTags("公文：模板");
        g.MapGet("", async (System.Security.Claims.ClaimsPrincipal u, [FromQuery] string? scope, [FromServices] TemplateQueries q, CancellationToken ct)
            => TypedResults.Ok((scope == "managed" ? await q.ManagedAsync(ct) : await q.UsableAsync(u, ct)).Select(Json)))
            .WithSummary("本人拟稿可用的模板；scope=managed 为本人管理范围内的模板");
        g.MapPost("", (TemplateBody b, [FromServices] TemplateHandler h, CancellationToken ct) => SaveAsync(null, b, h, ct))
            .RequireAuthorization(PlatformPolicies.Permission(DocumentsPermissions.Templates)).WithSummary("新建公文模板");
        g.MapPut("/{id:guid}", (Guid id, TemplateBody b, [FromServices] TemplateHandler h, CancellationToken ct) => SaveAsync(id, b, h, ct))
            .RequireAuthorization(PlatformPolicies.Permission(DocumentsPermissions.Templates)).WithSummary("修改公文模板");
        return endpoints;
    }

    public static object Json(DocumentTemplate t) => new
    {
        t.Id,
        t.AgencyId,
        t.Name,
        format = EnumCodes.Code(t.Format),
        t.AgencyMark,
        t.AgencyCode,
        defaultType = EnumCodes.Code(t.DefaultType),
        defaultDirection = EnumCodes.Code(t.DefaultDirection),
        t.MainRecipients,
        t.MainRecipientIds,
        t.CopyRecipients,
        t.CopyRecipientIds,
        t.SignatureAgency,
        t.PrintingAgency,
        t.PrintingDepartmentId,
        t.IsActive,
        t.Version,
    };

    private static async Task<IResult> SaveAsync(Guid? id, TemplateBody body, TemplateHandler handler, CancellationToken ct)
    {
        var saved = await handler.SaveAsync(id, body.Input(), body.Version, ct);
        return saved.IsSuccess ? TypedResults.Ok(new { id = saved.Value }) : saved.Error!.ToProblem();
    }
}

internal sealed record TemplateBody(
    Guid? AgencyId, string? Name, string? AgencyMark, string? AgencyCode, string? DefaultType, string? DefaultDirection, string? MainRecipients,
    List<Guid>? MainRecipientIds, string? CopyRecipients, List<Guid>? CopyRecipientIds, string? SignatureAgency, string? PrintingAgency,
    Guid? PrintingDepartmentId, bool? IsActive, long? Version, string? Format = null)
{
    public TemplateInput Input() => new(AgencyId, Name, AgencyMark, AgencyCode, DefaultType, DefaultDirection, MainRecipients, MainRecipientIds,
        CopyRecipients, CopyRecipientIds, SignatureAgency, PrintingAgency, PrintingDepartmentId, IsActive ?? true, Format);
}
