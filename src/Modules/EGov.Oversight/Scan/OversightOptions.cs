namespace EGov.Oversight.Scan;

/// <summary>Configuration section <c>Oversight</c>: how often the scan runs and where cards without a department go.</summary>
internal sealed class OversightOptions
{
    public const string Section = "Oversight";

    /// <summary>Seconds between two periodic scans; a clock that turns overdue triggers one within seconds anyway.</summary>
    public int ScanIntervalSeconds { get; set; } = 60;

    /// <summary>False stops the periodic job (tests, a node that only serves pages); the scan can still be run by hand.</summary>
    public bool ScanJob { get; set; } = true;

    /// <summary>How far back the modules' anomaly checks look on each scan, in days.</summary>
    public int AnomalyWindowDays { get; set; } = 31;

    /// <summary>The department of the supervisors (监察人员), which takes the cards of cases without a department.</summary>
    public string SupervisorDepartment { get; set; } = "xlq-zfb";
}
