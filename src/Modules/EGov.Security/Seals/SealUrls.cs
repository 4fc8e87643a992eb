namespace EGov.Security.Seals;

internal static class SealUrls
{
    public const string Admin = "/admin/security/seals";
    public const string Api = "/api/v1/security/seals";

    public static string Certificate(Guid id, bool pem = false) => $"{Api}/{id}/certificate" + (pem ? "?format=pem" : "");
}
