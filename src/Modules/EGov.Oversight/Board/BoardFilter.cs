namespace EGov.Oversight.Board;

/// <summary>What the board and its list show: one module, department, 事项 or level, or all of them.</summary>
internal sealed record BoardFilter(string? Module = null, Guid? DepartmentId = null, string? Item = null, BoardLevel? Level = null)
{
    public static BoardFilter None { get; } = new();

    /// <summary>The board's list with this filter (page 1).</summary>
    public string ListUrl() => "/office/oversight?" + Query() + "#clocks";

    /// <summary>The same filter as a query string for links, the export and the summary API (without the level when <paramref name="withLevel"/> is false).</summary>
    public string Query(bool withLevel = true)
    {
        var parts = new List<string>();
        Add(parts, "module", Module);
        Add(parts, "department", DepartmentId?.ToString());
        Add(parts, "item", Item);
        Add(parts, "level", withLevel && Level is { } l ? BoardLevelNames.Code(l) : null);
        return string.Join('&', parts);
    }

    private static void Add(List<string> parts, string name, string? value)
    {
        if (!string.IsNullOrEmpty(value))
        {
            parts.Add($"{name}={Uri.EscapeDataString(value)}");
        }
    }
}
