namespace EGov.Oversight.Board;

/// <summary>Running and paused clocks in scope by board level: in total, per module and per department.</summary>
internal sealed record BoardSummary(LevelCounts Total, IReadOnlyList<ModuleCounts> ByModule, IReadOnlyList<DepartmentCounts> ByDepartment);

/// <param name="Name">The module's Chinese name (政务服务), or its code when no clock type of it is registered.</param>
internal sealed record ModuleCounts(string Module, string Name, LevelCounts Counts);

/// <param name="Id">Null for clocks without a department.</param>
internal sealed record DepartmentCounts(Guid? Id, string? Code, string Name, LevelCounts Counts);
