namespace EGov.Platform.Clocks;

/// <summary>What passing a clock's due date means to oversight (电子监察).</summary>
public enum LimitKind
{
    /// <summary>法定时限: passing it is a red card.</summary>
    Statutory,

    /// <summary>承诺时限: passing it is a yellow card.</summary>
    Promised,

    /// <summary>环节时限: passing a step's limit is a yellow card.</summary>
    Step,

    /// <summary>Another period (rectification, rating…): passing it is only an anomaly, if the type names one.</summary>
    Other,
}

/// <summary>
/// One kind of clock a module starts, registered with <see cref="ClockTypeRegistration.AddClockType"/> so that
/// oversight shows and judges it without knowing the module.
/// </summary>
/// <param name="CaseUrlTemplate">The staff page of the case, with <c>{caseId}</c> in it.</param>
public sealed record ClockType(string Module, string CaseType, string ModuleName, string Name, LimitKind Kind, string CaseUrlTemplate)
{
    /// <summary>The oversight anomaly raised when the clock passes its due date (e.g. <c>disclosure_reply_overdue</c>), if any.</summary>
    public string? OverdueAnomaly { get; init; }

    /// <summary>True for the one clock per case that counts the case in statistics (cases, concluded on time).</summary>
    public bool CountsCase { get; init; }

    public string CaseUrl(string caseId) => CaseUrlTemplate.Replace("{caseId}", Uri.EscapeDataString(caseId), StringComparison.Ordinal);
}
