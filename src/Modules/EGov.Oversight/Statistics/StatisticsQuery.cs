using EGov.Oversight.Contracts;
using EGov.Platform.Clocks;
using EGov.Platform.Organization;
using EGov.Platform.Organization.Scope;
using EGov.Platform.Results;
using Microsoft.Extensions.Options;

namespace EGov.Oversight.Statistics;

/// <summary>
/// 电子监察统计 for holders of <c>oversight.report</c> over the departments in their scope (a leader their departments,
/// the supervisor the whole district): every figure is a grouped query; C# only adds the groups up.
/// </summary>
internal sealed class StatisticsQuery(
    IDepartmentScope scope, IOrganizationDirectory directory, ClockTypes types, ClockCounts clocks, CardCounts cards, RatingCounts ratings,
    IOptions<ScoreOptions> score, TimeProvider time)
{
    public const string NoDepartment = "未指定部门";
    public const string NoItem = "未指定事项";

    /// <summary>The modules with registered clocks, by code, with their Chinese names.</summary>
    public IReadOnlyDictionary<string, string> Modules { get; } = types.All.GroupBy(t => t.Module).ToDictionary(g => g.Key, g => g.First().ModuleName);

    public async Task<Result<StatisticsFilter>> FilterAsync(string? from, string? to, string? department, string? module, CancellationToken cancellationToken)
    {
        var period = StatisticsPeriod.Of(from, to, time);
        if (!period.IsSuccess)
        {
            return period.Error!;
        }

        Guid? one = null;
        if (!string.IsNullOrWhiteSpace(department))
        {
            if (!Guid.TryParse(department, out var id))
            {
                return StatisticsErrors.Department;
            }

            one = id;
        }

        var m = string.IsNullOrWhiteSpace(module) ? null : module.Trim();
        if (m is not null && !Modules.ContainsKey(m))
        {
            return StatisticsErrors.Module;
        }

        var departments = await scope.ForPermissionAsync(OversightPermissions.Report, cancellationToken);
        if (departments.IsEmpty || (one is { } d && !departments.Contains(d)))
        {
            return StatisticsErrors.Forbidden;
        }

        return new StatisticsFilter(period.Value, one is { } only ? DepartmentSet.Of([only]) : departments, one, m);
    }

    public async Task<Result<OversightStatistics>> QueryAsync(string? from, string? to, string? department, string? module, CancellationToken cancellationToken = default)
    {
        var filter = await FilterAsync(from, to, department, module, cancellationToken);
        return filter.IsSuccess ? await QueryAsync(filter.Value, cancellationToken) : filter.Error!;
    }

    public async Task<OversightStatistics> QueryAsync(StatisticsFilter filter, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var p = filter.Period;
        var now = time.GetUtcNow().UtcDateTime;
        List<FigureCell> cells = [.. await clocks.CellsAsync(filter, cancellationToken), .. await cards.CellsAsync(filter, cancellationToken), .. await ratings.CellsAsync(filter, cancellationToken)];
        var byMonth = new List<MonthRow>();
        var running = new Dictionary<(Guid? DepartmentId, string? Item), int>();
        for (var i = 0; i < p.Months.Count; i++)
        {
            // Overdue clocks still running are counted at each month's end, so they are not added up over months.
            running = await clocks.RunningOverdueAsync(filter, StatisticsPeriod.EndOf(p.Months[i], now), cancellationToken);
            var month = OversightFigures.Sum(cells.Where(c => c.Month == i).Select(c => c.Figures)) with { OverdueRunning = running.Values.Sum() };
            byMonth.Add(new MonthRow(p.Months[i].Year, p.Months[i].Month, month));
        }

        cells.AddRange(running.Select(r => new FigureCell(r.Key.DepartmentId, r.Key.Item, p.Months.Count - 1, OversightFigures.None with { OverdueRunning = r.Value })));
        var names = (await directory.TreeAsync(cancellationToken)).ToDictionary(d => d.Id, d => d.Name);
        string NameOf(Guid? id) => id is { } d ? names.GetValueOrDefault(d, NoDepartment) : NoDepartment;

        var byDepartment = cells.GroupBy(c => c.DepartmentId).Select(g => (g.Key, NameOf(g.Key), OversightFigures.Sum(g.Select(c => c.Figures))));
        var byItem = cells.GroupBy(c => (c.DepartmentId, c.Item))
            .Select(g => new ItemRow(g.Key.DepartmentId, NameOf(g.Key.DepartmentId), g.Key.Item ?? NoItem, OversightFigures.Sum(g.Select(c => c.Figures))))
            .OrderBy(r => r.Department, StringComparer.Ordinal).ThenBy(r => r.Item, StringComparer.Ordinal).ToList();
        var ranking = Ranking.Rank(byDepartment, score.Value);
        return new OversightStatistics(
            $"{p.From:yyyy-MM}", $"{p.To:yyyy-MM}", p.Label, filter.Department, filter.Module, OversightFigures.Sum(ranking.Select(r => r.Figures)), ranking, byItem, byMonth);
    }
}
