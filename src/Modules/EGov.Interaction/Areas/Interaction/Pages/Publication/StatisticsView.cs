using System.Text.Json;
using EGov.Interaction.Letters.Publication.Statistics;

namespace EGov.Interaction.Areas.Interaction.Pages.Publication;

/// <summary>What the statistics partial shows: the figures, where the form and the export go, the years to choose from.</summary>
internal sealed record StatisticsView(LetterStatistics Statistics, string Path, int ThisYear, string? Problem)
{
    public const int YearsBack = 5;

    public IEnumerable<int> Years => Enumerable.Range(0, YearsBack + 1).Select(i => ThisYear - i);

    public string ExportUrl => Statistics.Year is { } y ? $"{Path}?handler=Export&year={y}" : $"{Path}?handler=Export";

    /// <summary>The chart data for the script (a JSON block, not inline code, under the CSP); rates in percent.</summary>
    public string ChartJson => JsonSerializer.Serialize(new
    {
        months = Statistics.ByMonth.Select(m => m.Label),
        received = Statistics.ByMonth.Select(m => m.Figures.Received),
        replied = Statistics.ByMonth.Select(m => m.Figures.Replied),
        onTimeRate = Statistics.ByMonth.Select(m => Percent(m.Figures.OnTimeRate)),
        departments = Statistics.ByDepartment.Select(d => d.Name),
        departmentReceived = Statistics.ByDepartment.Select(d => d.Figures.Received),
        departmentReplied = Statistics.ByDepartment.Select(d => d.Figures.Replied),
    });

    private static double? Percent(double? share) => share is { } s ? Math.Round(s * 100, 1) : null;
}
