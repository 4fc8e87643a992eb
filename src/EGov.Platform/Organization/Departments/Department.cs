namespace EGov.Platform.Organization.Departments;

/// <summary>部门/单位: one node of the district's organization tree.</summary>
internal sealed class Department
{
    public Guid Id { get; set; }

    /// <summary>Stable unique code, e.g. <c>xlq</c> for 区政府, <c>xlq-fgw</c> for 发展和改革局.</summary>
    public string Code { get; set; } = "";

    public string Name { get; set; } = "";
    public string ShortName { get; set; } = "";
    public DepartmentKind Kind { get; set; }
    public Guid? ParentId { get; set; }

    /// <summary>Materialised path of ids from the root to this node (see <see cref="DepartmentPath"/>); descendants share its prefix.</summary>
    public string Path { get; set; } = "";

    public int SortOrder { get; set; }
    public bool IsActive { get; set; } = true;
    public long Version { get; set; }
}
