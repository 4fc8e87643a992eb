namespace EGov.Disclosure.Reports;

/// <summary>The statistical period of an annual report: 1月1日 to 12月31日 of one calendar year (disclosure.md §1.7).</summary>
internal readonly record struct ReportPeriod(int Year)
{
    /// <summary>The revised 条例 took effect in 2019; earlier reports followed another format.</summary>
    public const int FirstYear = 2019;

    public DateOnly Start => new(Year, 1, 1);

    public DateOnly End => new(Year, 12, 31);

    public bool HasEndedOn(DateOnly today) => today > End;

    public bool IsValidOn(DateOnly today) => Year >= FirstYear && Year <= today.Year;
}
