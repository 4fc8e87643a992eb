namespace EGov.Disclosure.Requests.Intake;

/// <summary>The addresses of the intake pages.</summary>
internal static class IntakeUrls
{
    public const string New = "/disclosure/requests/new";
    public const string Receipt = "/disclosure/requests/receipt";
    public const string Track = "/disclosure/requests/track";
    public const string Correct = "/disclosure/requests/correct";
    public const string Mine = "/my/disclosure";
    public const string OfficeList = "/office/disclosure/requests";
    public const string Register = "/office/disclosure/requests/register";

    public static string Confirm(Guid id) => $"/office/disclosure/requests/{id}/confirm";

    public static string Office(Guid id) => $"/office/disclosure/requests/{id}";

    public static string Document(string token) => $"/disclosure/requests/documents/{token}";
}
