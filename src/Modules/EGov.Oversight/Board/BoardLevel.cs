namespace EGov.Oversight.Board;

/// <summary>What the board shows for a running or paused clock: 正常, 预警, 黄牌 or 红牌 (see <see cref="BoardLevels"/>).</summary>
internal enum BoardLevel
{
    Normal,
    Warning,
    Yellow,
    Red,
}

internal static class BoardLevelNames
{
    public static IReadOnlyList<BoardLevel> All { get; } = [BoardLevel.Normal, BoardLevel.Warning, BoardLevel.Yellow, BoardLevel.Red];

    /// <summary>The name in the API and in query strings.</summary>
    public static string Code(BoardLevel level) => level switch
    {
        BoardLevel.Normal => "normal",
        BoardLevel.Warning => "warning",
        BoardLevel.Yellow => "yellow",
        _ => "red",
    };

    public static string Name(BoardLevel level) => level switch
    {
        BoardLevel.Normal => "正常",
        BoardLevel.Warning => "预警",
        BoardLevel.Yellow => "黄牌",
        _ => "红牌",
    };

    /// <summary>The colour class; the text label goes with it, never the colour alone.</summary>
    public static string CssClass(BoardLevel level) => "board-level-" + Code(level);

    public static BoardLevel? Parse(string? code) => All.Cast<BoardLevel?>().FirstOrDefault(l => Code(l!.Value) == code);
}
