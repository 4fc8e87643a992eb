namespace EGov.Interaction.Contracts;

/// <summary>How the module's statutory clocks are labelled in the platform's clock table (for oversight).</summary>
public static class InteractionClocks
{
    public const string Module = "interaction";

    /// <summary>签收时限: from routing until the department signs for the letter. Case id = letter id.</summary>
    public const string SignFor = "sign_for";

    /// <summary>答复时限 per kind from registration (restarted when 不满意 reopens it). Case id = letter id.</summary>
    public const string Reply = "reply";

    /// <summary>The staff page of a clock's case.</summary>
    public static string CaseUrl(string caseType, string caseId) => $"/office/interaction/letters/{caseId}";
}
