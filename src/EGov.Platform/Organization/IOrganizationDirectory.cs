namespace EGov.Platform.Organization;

/// <summary>Read access to the organization for every module: names for screens, the tree for pickers.</summary>
public interface IOrganizationDirectory
{
    Task<DepartmentInfo?> FindAsync(Guid id, CancellationToken cancellationToken = default);

    Task<DepartmentInfo?> FindByCodeAsync(string code, CancellationToken cancellationToken = default);

    /// <summary>All departments in tree order (each followed by its children, by sort order); inactive ones included.</summary>
    Task<IReadOnlyList<DepartmentInfo>> TreeAsync(CancellationToken cancellationToken = default);
}
