namespace EGov.Approvals.Licences;

/// <summary>The public addresses of a licence: the QR code's verification page and the signer's certificate.</summary>
internal static class LicenceUrls
{
    public const string VerifyPage = "/services/licences/verify";

    public static string VerifyPath(string verificationCode) => $"{VerifyPage}/{verificationCode}";

    public static string Verify(string publicBaseUrl, string verificationCode)
        => publicBaseUrl.TrimEnd('/') + VerifyPath(verificationCode);

    public static string Certificate(string licenceNumber) => $"/api/v1/approvals/licences/{Uri.EscapeDataString(licenceNumber)}/certificate";
}
