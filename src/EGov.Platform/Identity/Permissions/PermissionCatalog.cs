namespace EGov.Platform.Identity.Permissions;

/// <summary>Every permission registered by the platform and the modules in this process.</summary>
internal sealed class PermissionCatalog(IEnumerable<PermissionDefinition> definitions)
{
    public IReadOnlyList<PermissionDefinition> All { get; } = [.. definitions.DistinctBy(d => d.Name).OrderBy(d => d.Name, StringComparer.Ordinal)];

    public IEnumerable<PermissionDefinition> Business => All.Where(d => !d.IsAdministrative);

    public IReadOnlyList<string> OfAdminRole(string roleCode)
        => [.. All.Where(d => d.AdminRole == roleCode).Select(d => d.Name)];

    public bool IsBusiness(string name) => All.Any(d => d.Name == name && !d.IsAdministrative);

    public bool IsAdministrative(string name) => All.Any(d => d.Name == name && d.IsAdministrative);

    public string TitleOf(string name) => All.FirstOrDefault(d => d.Name == name)?.Title ?? name;
}
