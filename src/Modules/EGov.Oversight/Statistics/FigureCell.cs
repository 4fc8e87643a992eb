using EGov.Platform.Organization.Scope;

namespace EGov.Oversight.Statistics;

/// <summary>The figures of one department, 事项 and month of the period (index into <see cref="StatisticsPeriod.Months"/>).</summary>
internal sealed record FigureCell(Guid? DepartmentId, string? Item, int Month, OversightFigures Figures);

/// <summary>What the figures are counted over: a period, the departments in scope (or one of them), one module or all.</summary>
/// <param name="Department">The one department asked for, if any.</param>
internal sealed record StatisticsFilter(StatisticsPeriod Period, DepartmentSet Departments, Guid? Department, string? Module);
