namespace EGov.Oversight.Board;

/// <summary>Clocks per board level.</summary>
internal sealed class LevelCounts
{
    private readonly long[] _counts = new long[BoardLevelNames.All.Count];

    public long Total => _counts.Sum();

    public long this[BoardLevel level] => _counts[(int)level];

    public void Add(BoardLevel level, long count) => _counts[(int)level] += count;

    /// <summary>One clock moved by an open red card from the level its warning level gave it.</summary>
    public void Move(BoardLevel from, BoardLevel to)
    {
        _counts[(int)from]--;
        _counts[(int)to]++;
    }

    public Dictionary<string, long> ToJson() => BoardLevelNames.All.ToDictionary(BoardLevelNames.Code, l => this[l]);
}
