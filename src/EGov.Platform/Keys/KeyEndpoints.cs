using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace EGov.Platform.Keys;

/// <summary>Certificates are public: anyone may fetch them to verify the platform's signatures.</summary>
internal static class KeyEndpoints
{
    public const string CertificateContentType = "application/pkix-cert";

    public static IEndpointRouteBuilder MapKeyEndpoints(this IEndpointRouteBuilder endpoints)
    {
        var keys = endpoints.MapGroup("/api/v1/keys").WithTags("密钥与证书").AllowAnonymous();
        keys.MapGet("/ca/certificate", GetRootCertificateAsync).WithName("GetRootCertificate").WithSummary("平台根证书（DER）");
        keys.MapGet("/{keyId}/certificate", GetCertificateAsync).WithName("GetKeyCertificate").WithSummary("按密钥标识获取证书（DER）");
        return endpoints;
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> GetRootCertificateAsync(IKeyStore store, CancellationToken cancellationToken)
    {
        var keys = await store.GetPublicKeysAsync(CertificateAuthority.Owner, cancellationToken);
        var root = keys.FirstOrDefault(k => k.RetiredAt is null);
        return root is null ? NotFound("平台根证书尚未生成。") : File(root);
    }

    private static async Task<Results<FileContentHttpResult, ProblemHttpResult>> GetCertificateAsync(string keyId, IKeyStore store, CancellationToken cancellationToken)
    {
        var key = await store.FindPublicKeyAsync(keyId, cancellationToken);
        return key is null ? NotFound($"没有标识为 {keyId} 的密钥。") : File(key);
    }

    private static FileContentHttpResult File(PublicKeyInfo key)
        => TypedResults.File(key.CertificateDer, CertificateContentType, $"{key.Owner}-{key.KeyId}.cer");

    private static ProblemHttpResult NotFound(string detail)
        => TypedResults.Problem(title: "证书不存在", detail: detail, statusCode: StatusCodes.Status404NotFound);
}
