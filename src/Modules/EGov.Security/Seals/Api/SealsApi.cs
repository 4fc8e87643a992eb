using System.Security.Claims;
using EGov.Platform.Identity.Api;
using EGov.Platform.Identity.Authorization;
using EGov.Platform.Results;
using EGov.Security.Contracts;
using EGov.Security.Seals.Registry;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace EGov.Security.Seals.Api;

/// <summary>The seal registry for the security administrator's clients, and the public download of a seal's certificate.</summary>
internal static class SealsApi
{
    public static IEndpointRouteBuilder MapSealsApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapGet(SealUrls.Api + "/{id:guid}/certificate", CertificateAsync).AllowAnonymous().WithTags("安全管理：电子印章")
            .WithSummary("印章证书（SM2，平台 CA 签发；format=der 默认，或 pem），供任何人用其他 SM2 实现验证签章");
        var seals = endpoints.MapGroup(SealUrls.Api)
            .RequireAuthorization(PlatformPolicies.Permission(SecurityPermissions.Seals))
            .AddEndpointFilter<CookieCsrfFilter>().DisableAntiforgery().WithTags("安全管理：电子印章");
        seals.MapGet("", async ([FromServices] SealQueries queries, TimeProvider time, CancellationToken ct)
            => TypedResults.Ok((await queries.ListAsync(ct)).Select(v => SealJson.Of(v, time)))).WithSummary("全部电子印章");
        seals.MapPost("", CreateAsync).WithSummary("制作电子印章（不带图片时按单位名称生成圆形印章；picture 为 Base64 的 PNG）");
        seals.MapPost("/{id:guid}/revoke", RevokeAsync).WithSummary("注销电子印章（须填写原因并带上读取时的 version）");
        return endpoints;
    }

    private static async Task<IResult> CreateAsync(CreateBody body, ClaimsPrincipal user, [FromServices] CreateSealHandler handler, TimeProvider time, CancellationToken ct)
    {
        byte[]? picture = null;
        if (!string.IsNullOrEmpty(body.Picture))
        {
            var buffer = new byte[body.Picture.Length];
            if (!Convert.TryFromBase64String(body.Picture, buffer, out var length))
            {
                return SealErrors.Invalid("picture", "印章图片应为 Base64 编码的 PNG").ToProblem();
            }

            picture = buffer[..length];
        }

        var created = await handler.CreateAsync(new SealInput(body.DepartmentId, body.Name, body.ValidFrom, body.ValidUntil, picture), user.Identity?.Name ?? "", ct);
        return created.IsSuccess
            ? TypedResults.Created(SealUrls.Api + "/" + created.Value.Id, SealJson.Of(created.Value, time))
            : created.Error!.ToProblem();
    }

    private static async Task<IResult> RevokeAsync(Guid id, RevokeBody body, ClaimsPrincipal user, [FromServices] RevokeSealHandler handler, [FromServices] SealQueries queries, TimeProvider time, CancellationToken ct)
    {
        var revoked = await handler.RevokeAsync(id, body.Reason, body.Version, user.Identity?.Name ?? "", ct);
        if (!revoked.IsSuccess)
        {
            return revoked.Error!.ToProblem();
        }

        var view = (await queries.ListAsync(ct)).Single(v => v.Id == id);
        return TypedResults.Ok(SealJson.Of(view, time));
    }

    private static async Task<IResult> CertificateAsync(Guid id, [FromQuery] string? format, [FromServices] SealQueries queries, CancellationToken ct)
    {
        if (await queries.FindAsync(id, ct) is not { } seal)
        {
            return SealErrors.Unknown.ToProblem();
        }

        return string.Equals(format, "pem", StringComparison.OrdinalIgnoreCase)
            ? TypedResults.File(System.Text.Encoding.ASCII.GetBytes(SealQueries.Pem(seal.Certificate)), "application/x-pem-file", $"{seal.Code}.pem")
            : TypedResults.File(seal.Certificate, "application/pkix-cert", $"{seal.Code}.cer");
    }

    internal sealed record CreateBody(Guid DepartmentId, string? Name, DateOnly? ValidFrom, DateOnly? ValidUntil, string? Picture);

    internal sealed record RevokeBody(string? Reason, long Version);
}
