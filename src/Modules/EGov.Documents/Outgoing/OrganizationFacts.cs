using EGov.Platform.Organization;

namespace EGov.Documents.Outgoing;

/// <summary>What 发文 needs from the organization tree: names, the agencies above a department and the units below one.</summary>
internal sealed class OrganizationFacts(IOrganizationDirectory organization)
{
    private IReadOnlyList<DepartmentInfo>? _tree;

    public async Task<IReadOnlyList<DepartmentInfo>> TreeAsync(CancellationToken cancellationToken)
        => _tree ??= await organization.TreeAsync(cancellationToken);

    public async Task<string> NameAsync(Guid id, CancellationToken cancellationToken)
        => (await TreeAsync(cancellationToken)).FirstOrDefault(d => d.Id == id)?.Name ?? "";

    /// <summary>The department and every department above it, nearest first.</summary>
    public async Task<IReadOnlyList<Guid>> SelfAndAncestorsAsync(Guid id, CancellationToken cancellationToken)
    {
        var byId = (await TreeAsync(cancellationToken)).ToDictionary(d => d.Id);
        var chain = new List<Guid>();
        for (Guid? at = id; at is { } current && byId.TryGetValue(current, out var department) && !chain.Contains(current); at = department.ParentId)
        {
            chain.Add(current);
        }

        return chain;
    }

    /// <summary>Every department below <paramref name="id"/> (its children, their children…).</summary>
    public async Task<IReadOnlySet<Guid>> SubordinatesAsync(Guid id, CancellationToken cancellationToken)
    {
        var tree = await TreeAsync(cancellationToken);
        var below = new HashSet<Guid>();
        var queue = new Queue<Guid>([id]);
        while (queue.TryDequeue(out var parent))
        {
            foreach (var child in tree.Where(d => d.ParentId == parent && below.Add(d.Id)))
            {
                queue.Enqueue(child.Id);
            }
        }

        return below;
    }
}
