using EGov.Platform.Results;
using EGov.Security.Contracts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Routing;

namespace EGov.Documents.Verification;

/// <summary>公文验证 for anyone: upload a sealed PDF, learn whether its e-seal holds.</summary>
internal static class VerificationApi
{
    public const string PublicFormRateLimit = "public-form";

    public static IEndpointRouteBuilder MapVerificationApi(this IEndpointRouteBuilder endpoints)
    {
        endpoints.MapPost("/api/v1/documents/verify", VerifyAsync).AllowAnonymous().DisableAntiforgery().RequireRateLimiting(PublicFormRateLimit)
            .WithTags("公文：验证").WithSummary("上传盖有电子印章的公文 PDF，验证印章和文件是否完整（multipart，字段 file）");
        return endpoints;
    }

    private static async Task<IResult> VerifyAsync(IFormFile? file, [FromServices] VerificationUpload upload, [FromServices] IESeals seals, CancellationToken cancellationToken)
    {
        var read = await upload.ReadAsync(file, cancellationToken);
        return read.IsSuccess
            ? TypedResults.Ok(VerificationResponse.Of(await seals.VerifyAsync(read.Value, cancellationToken)))
            : read.Error!.ToProblem();
    }
}
