using EGov.Approvals.Licences.Verification;
using EGov.Platform.Results;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace EGov.Approvals.Licences.Api;

/// <summary>Public verification of electronic licences: by file, by the QR code's code, by id; and the signer's certificate.</summary>
internal static class LicenceApi
{
    public const string PublicFormRateLimit = "public-form";

    public static IEndpointRouteBuilder MapLicenceApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/v1/approvals/licences").WithTags("政务服务：电子证照").AllowAnonymous();
        group.MapPost("/verify", VerifyFileAsync).DisableAntiforgery().RequireRateLimiting(PublicFormRateLimit)
            .WithSummary("上传电子证照 PDF 验证真伪和状态（multipart，字段 file）");
        group.MapGet("/verify/{code}", VerifyCodeAsync).RequireRateLimiting(PublicFormRateLimit).WithSummary("按二维码中的验证码验证电子证照");
        group.MapGet("/{id:guid}/verify", VerifyIdAsync).RequireRateLimiting(PublicFormRateLimit).WithSummary("按证照标识验证电子证照");
        group.MapGet("/{number}/certificate", CertificateAsync).WithSummary("签发该证照的部门证书（format=der 或 pem）");
        return endpoints;
    }

    private static async Task<IResult> VerifyFileAsync(IFormFile? file, LicenceUpload upload, LicenceVerifier verifier, CancellationToken cancellationToken)
    {
        var read = await upload.ReadAsync(file, cancellationToken);
        return read.IsSuccess
            ? TypedResults.Ok(LicenceVerificationResponse.Of(await verifier.VerifyFileAsync(read.Value, cancellationToken)))
            : read.Error!.ToProblem();
    }

    private static async Task<IResult> VerifyCodeAsync(string code, LicenceVerifier verifier, CancellationToken cancellationToken)
        => TypedResults.Ok(LicenceVerificationResponse.Of(await verifier.VerifyCodeAsync(code, cancellationToken)));

    private static async Task<IResult> VerifyIdAsync(Guid id, LicenceVerifier verifier, CancellationToken cancellationToken)
        => TypedResults.Ok(LicenceVerificationResponse.Of(await verifier.VerifyIdAsync(id, cancellationToken)));

    private static async Task<IResult> CertificateAsync(string number, [FromQuery] string? format, LicenceCertificates certificates, CancellationToken cancellationToken)
    {
        if (await certificates.FindAsync(number, cancellationToken) is not { } key)
        {
            return LicenceErrors.NotFound.ToProblem();
        }

        return string.Equals(format, "pem", StringComparison.OrdinalIgnoreCase)
            ? TypedResults.File(System.Text.Encoding.ASCII.GetBytes(LicenceCertificates.Pem(key.CertificateDer)), "application/x-pem-file", $"{key.Owner}-{key.KeyId}.pem")
            : TypedResults.File(key.CertificateDer, "application/pkix-cert", $"{key.Owner}-{key.KeyId}.cer");
    }
}
