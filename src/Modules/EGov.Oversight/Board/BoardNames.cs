using EGov.Platform.Organization;

namespace EGov.Oversight.Board;

/// <summary>Department names for the board's tables, read once per request in tree order.</summary>
internal sealed class BoardNames(IOrganizationDirectory directory)
{
    public const string NoDepartment = "未指定部门";

    private IReadOnlyList<DepartmentInfo> _tree = [];
    private Dictionary<Guid, (DepartmentInfo Department, int Order)> _byId = [];

    public async Task<IReadOnlyList<DepartmentInfo>> TreeAsync(CancellationToken cancellationToken)
    {
        if (_byId.Count == 0)
        {
            _tree = await directory.TreeAsync(cancellationToken);
            _byId = _tree.Select((d, i) => (d, i)).ToDictionary(x => x.d.Id, x => (x.d, x.i));
        }

        return _tree;
    }

    /// <summary>After <see cref="TreeAsync"/>.</summary>
    public DepartmentInfo? Find(Guid? id) => id is { } key && _byId.TryGetValue(key, out var found) ? found.Department : null;

    public string Name(Guid? id) => Find(id)?.Name ?? NoDepartment;

    /// <summary>The place of a department in the tree, for ordering; clocks without a department come last.</summary>
    public int Order(Guid? id) => id is { } key && _byId.TryGetValue(key, out var found) ? found.Order : int.MaxValue;
}
