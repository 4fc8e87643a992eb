using Microsoft.EntityFrameworkCore;

namespace EGov.Platform.Organization.Departments;

/// <summary>Tree queries over the materialised path; each is one SQL statement.</summary>
internal static class DepartmentQueries
{
    public static IQueryable<Department> ChildrenOf(this IQueryable<Department> departments, Guid id)
        => departments.Where(d => d.ParentId == id).OrderBy(d => d.SortOrder).ThenBy(d => d.Code);

    /// <summary>Every department below <paramref name="department"/>, not including itself.</summary>
    public static IQueryable<Department> DescendantsOf(this IQueryable<Department> departments, Department department)
    {
        var prefix = department.Path;
        var id = department.Id;
        return departments.Where(d => d.Path.StartsWith(prefix) && d.Id != id);
    }

    /// <summary>The departments above <paramref name="department"/>, root first.</summary>
    public static async Task<List<Department>> AncestorsOfAsync(this IQueryable<Department> departments, Department department, CancellationToken cancellationToken = default)
    {
        var ids = DepartmentPath.AncestorIds(department.Path);
        var found = await departments.Where(d => ids.Contains(d.Id)).ToListAsync(cancellationToken);
        return [.. found.OrderBy(d => d.Path.Length)];
    }
}
