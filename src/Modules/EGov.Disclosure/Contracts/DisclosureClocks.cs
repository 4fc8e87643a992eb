namespace EGov.Disclosure.Contracts;

/// <summary>How the module's statutory clocks are labelled in the platform's clock table (for oversight).</summary>
public static class DisclosureClocks
{
    public const string Module = "disclosure";

    /// <summary>The reply period of a request (条例 第三十三条); the clock's case id is the request id.</summary>
    public const string Request = "request";

    /// <summary>The publication period of a 主动公开 item (条例 第二十六条); the case id is the catalog item id.</summary>
    public const string Proactive = "proactive";

    /// <summary>The staff page of a clock's case.</summary>
    public static string CaseUrl(string caseType, string caseId) => caseType == Request
        ? $"/office/disclosure/requests/{caseId}"
        : $"/office/disclosure/catalog/{caseId}";
}
