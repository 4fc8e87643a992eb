namespace EGov.Approvals.Applications.Intake;

internal static class IntakeUrls
{
    public const string Track = "/services/applications/track";
    public const string Mine = "/my/applications";
    public const string Register = "/office/approvals/applications/register";
    public const string OfficeReceipt = "/office/approvals/applications/register/receipt";
    public const string Receipt = "/services/applications/receipt";

    public static string Apply(Guid itemId) => $"/services/items/{itemId}/apply";

    public static string MyApplication(Guid id) => $"/my/applications/{id}";

    public static string Office(Guid id) => $"/office/approvals/applications/{id}";

    public static string Document(string token) => $"/services/applications/documents/{Uri.EscapeDataString(token)}";
}
