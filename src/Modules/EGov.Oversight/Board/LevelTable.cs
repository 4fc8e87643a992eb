namespace EGov.Oversight.Board;

/// <summary>A table of counts per level (by module or by department) whose cells link into the filtered list.</summary>
internal sealed record LevelTable(string Heading, IReadOnlyList<LevelTableRow> Rows);

internal sealed record LevelTableRow(string Name, BoardFilter Filter, LevelCounts Counts);
