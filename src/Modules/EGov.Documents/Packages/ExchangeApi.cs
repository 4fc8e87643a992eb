using System.Security.Claims;
using EGov.Documents.Contracts;
using EGov.Platform.Identity.Api;
using EGov.Platform.Identity.Authorization;
using EGov.Platform.Results;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace EGov.Documents.Packages;

/// <summary>公文交换（跨网）for machine clients: the same registry and identity as the page.</summary>
internal static class ExchangeApi
{
    public static IEndpointRouteBuilder MapExchangeApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/v1/documents/exchange")
            .RequireAuthorization(PlatformPolicies.Permission(DocumentsPermissions.Exchange))
            .AddEndpointFilter<CookieCsrfFilter>().DisableAntiforgery().WithTags("公文：跨网交换");
        group.MapGet("/certificate", async ([FromServices] ExchangeIdentity identity, CancellationToken ct) =>
        {
            var bundle = await identity.BundleAsync(ct);
            return TypedResults.File(bundle.ToJson(), "application/json", $"{bundle.Agency}-交换证书.json");
        }).WithSummary("下载本单位交换证书（签名证书与加密证书），供对方单位登记");
        group.MapGet("/agencies", async ([FromServices] ExternalAgencyRegistry registry, CancellationToken ct)
            => TypedResults.Ok((await registry.ListAsync(ct)).Select(Json))).WithSummary("已登记的外部单位");
        group.MapPost("/agencies", async (IFormFile? file, [FromForm] string? name, ClaimsPrincipal user, [FromServices] ExternalAgencyRegistry registry, CancellationToken ct) =>
        {
            var read = await ExchangeUpload.ReadAsync(file, ExternalAgencyRegistry.MaxBundleBytes, ct);
            var registered = read.IsSuccess ? await registry.RegisterAsync(read.Value, name, user, ct) : read.Error!;
            return registered.IsSuccess
                ? Results.Created($"/api/v1/documents/exchange/agencies/{registered.Value.Id}", Json(registered.Value))
                : registered.Error!.ToProblem();
        }).WithSummary("登记外部单位（multipart：file 为对方的交换证书，name 可选）");
        group.MapDelete("/agencies/{id:guid}", async (Guid id, [FromQuery] long? version, [FromServices] ExternalAgencyRegistry registry, CancellationToken ct) =>
        {
            var removed = await registry.RemoveAsync(id, version, ct);
            return removed.IsSuccess ? Results.NoContent() : removed.Error!.ToProblem();
        }).WithSummary("删除外部单位（此后不再接收其交换包）");
        group.MapPost("/export", async (ExportBody body, ClaimsPrincipal user, [FromServices] ExportPackageHandler handler, CancellationToken ct) =>
        {
            var exported = await handler.ExportAsync(body.DocumentId, body.AgencyId, user, ct);
            return exported.IsSuccess ? Results.File(exported.Value.File, "application/octet-stream", exported.Value.FileName) : exported.Error!.ToProblem();
        }).WithSummary("为已登记的外部单位导出一件已用印分发公文的交换包（返回文件）");
        group.MapPost("/import", async (IFormFile? file, ClaimsPrincipal user, [FromServices] ImportPackageHandler handler,
            [FromServices] Microsoft.Extensions.Options.IOptions<ExchangeOptions> options, CancellationToken ct) =>
        {
            var read = await ExchangeUpload.ReadAsync(file, options.Value.MaxPackageBytes, ct);
            var imported = read.IsSuccess ? await handler.ImportAsync(read.Value, user, ct) : read.Error!;
            return imported.IsSuccess
                ? Results.Created($"/api/v1/documents/incoming/{imported.Value}", new { incomingId = imported.Value, url = $"/office/documents/incoming/{imported.Value}" })
                : imported.Error!.ToProblem();
        }).WithSummary("导入外部单位发来的交换包（multipart，字段 file）：验证签名、解密后登记为收文");
        group.MapGet("/log", async ([FromServices] ExchangeLogQuery log, CancellationToken ct) => TypedResults.Ok(await log.RecentAsync(ct)))
            .WithSummary("最近的交换包导出与导入记录");
        return endpoints;
    }

    internal sealed record ExportBody(Guid DocumentId, Guid AgencyId);

    private static object Json(ExternalAgency a) => new
    {
        a.Id,
        a.Name,
        signCertificateSm3 = a.SignCertificateSm3,
        encryptCertificateSm3 = CertificateBundle.Fingerprint(a.EncryptCertificate),
        a.RegisteredAt,
        a.RegisteredByName,
        a.Version,
    };
}
