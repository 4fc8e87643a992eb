namespace EGov.Oversight.Statistics;

/// <summary>电子监察统计 of a period over the departments in the viewer's scope: the ranking, and the figures by 事项 and month.</summary>
/// <param name="From">The first month, <c>2026-01</c>.</param>
/// <param name="To">The last month, <c>2026-11</c>.</param>
internal sealed record OversightStatistics(
    string From,
    string To,
    string Label,
    Guid? DepartmentId,
    string? Module,
    OversightFigures Total,
    IReadOnlyList<DepartmentRow> Ranking,
    IReadOnlyList<ItemRow> ByItem,
    IReadOnlyList<MonthRow> ByMonth);

/// <param name="Rank">1 for the best score; equal scores share a rank.</param>
internal sealed record DepartmentRow(Guid? DepartmentId, string Name, OversightFigures Figures, double Score, int Rank);

internal sealed record ItemRow(Guid? DepartmentId, string Department, string Item, OversightFigures Figures);

internal sealed record MonthRow(int Year, int Month, OversightFigures Figures)
{
    public string Label => $"{Year}年{Month}月";
}
