using EGov.Platform.Clocks;

namespace EGov.Oversight.Board;

/// <summary>Collects the summary's counts: every registered module (so a new module shows at once), and the departments that have clocks.</summary>
internal sealed class BoardTally
{
    private readonly Dictionary<string, ModuleCounts> _modules = [];
    private readonly Dictionary<Guid, LevelCounts> _departments = [];
    private readonly BoardNames _names;

    public BoardTally(ClockTypes types, BoardNames names, string? onlyModule)
    {
        _names = names;
        foreach (var type in types.All.Where(t => onlyModule is null || t.Module == onlyModule))
        {
            _modules.TryAdd(type.Module, new ModuleCounts(type.Module, type.ModuleName, new LevelCounts()));
        }
    }

    public LevelCounts Total { get; } = new();

    public LevelCounts Module(string module)
    {
        if (!_modules.TryGetValue(module, out var counts))
        {
            _modules[module] = counts = new ModuleCounts(module, module, new LevelCounts());
        }

        return counts.Counts;
    }

    /// <summary>Clocks without a department are counted under <see cref="Guid.Empty"/>.</summary>
    public LevelCounts Department(Guid? id)
    {
        var key = id ?? Guid.Empty;
        if (!_departments.TryGetValue(key, out var counts))
        {
            _departments[key] = counts = new LevelCounts();
        }

        return counts;
    }

    public BoardSummary ToSummary()
        => new(
            Total,
            [.. _modules.Values],
            [.. _departments
                .Select(d => (Id: d.Key == Guid.Empty ? (Guid?)null : d.Key, Counts: d.Value))
                .Where(d => d.Counts.Total > 0)
                .OrderBy(d => _names.Order(d.Id))
                .Select(d => new DepartmentCounts(d.Id, _names.Find(d.Id)?.Code, _names.Name(d.Id), d.Counts))]);
}
