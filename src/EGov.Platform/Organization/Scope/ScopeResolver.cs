using EGov.Platform.Organization.Departments;

namespace EGov.Platform.Organization.Scope;

/// <summary>One role assignment that carries the permission being asked about.</summary>
internal sealed record ScopeGrant(Guid DepartmentId, AssignmentScope Scope);

/// <summary>A department as the scope resolver needs it.</summary>
internal sealed record DepartmentNode(Guid Id, string Path);

/// <summary>Turns the grants for one permission into the set of visible departments; the union of all grants.</summary>
internal static class ScopeResolver
{
    public static DepartmentSet Resolve(IReadOnlyCollection<ScopeGrant> grants, IReadOnlyCollection<DepartmentNode> tree)
    {
        if (grants.Any(g => g.Scope == AssignmentScope.WholeDistrict))
        {
            return DepartmentSet.WholeDistrict;
        }

        var paths = tree.ToDictionary(d => d.Id, d => d.Path);
        var ids = new HashSet<Guid>();
        foreach (var grant in grants)
        {
            ids.Add(grant.DepartmentId);
            if (grant.Scope == AssignmentScope.DepartmentAndChildren && paths.TryGetValue(grant.DepartmentId, out var prefix))
            {
                ids.UnionWith(tree.Where(d => DepartmentPath.IsWithin(d.Path, prefix)).Select(d => d.Id));
            }
        }

        return DepartmentSet.Of(ids);
    }
}
