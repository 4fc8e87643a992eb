namespace EGov.Interaction.Letters.Publication.Statistics;

/// <summary>留言办理情况统计 of a period: the total, each month and each handling department.</summary>
/// <param name="Year">The chosen year, or null for the last 12 months.</param>
internal sealed record LetterStatistics(
    DateOnly From,
    DateOnly To,
    int? Year,
    string Label,
    LetterFigures Total,
    IReadOnlyList<MonthLetterFigures> ByMonth,
    IReadOnlyList<DepartmentLetterFigures> ByDepartment);

internal sealed record MonthLetterFigures(int Year, int Month, LetterFigures Figures)
{
    public string Label => $"{Year}年{Month}月";
}

internal sealed record DepartmentLetterFigures(Guid DepartmentId, string Name, LetterFigures Figures);
