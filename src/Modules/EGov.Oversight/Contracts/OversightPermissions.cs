namespace EGov.Oversight.Contracts;

/// <summary>Permission names of the 电子监察 module (<c>oversight.action</c>).</summary>
public static class OversightPermissions
{
    public const string Prefix = "oversight.";

    /// <summary>监察人员: the live board, every card and anomaly in scope, read-only drill-down to the case.</summary>
    public const string Watch = "oversight.watch";

    /// <summary>监察人员: urge (督办) with a deadline, decide on red cards.</summary>
    public const string Supervise = "oversight.supervise";

    /// <summary>A department answers its cards with an explanation and its correction (整改说明).</summary>
    public const string Answer = "oversight.answer";

    /// <summary>Statistics, ranking and the monthly report (leaders and supervisors).</summary>
    public const string Report = "oversight.report";

    /// <summary>The rules and thresholds (security administrator).</summary>
    public const string Rules = "oversight.rules";
}
