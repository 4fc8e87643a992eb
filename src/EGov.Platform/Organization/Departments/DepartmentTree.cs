namespace EGov.Platform.Organization.Departments;

internal static class DepartmentTree
{
    /// <summary>Depth-first: each department followed by its children in sort order, then code.</summary>
    public static IEnumerable<Department> InOrder(IReadOnlyCollection<Department> all)
    {
        var children = all.ToLookup(d => d.ParentId);
        var stack = new Stack<Department>(Sorted(children[null]).Reverse());
        while (stack.Count > 0)
        {
            var next = stack.Pop();
            yield return next;
            foreach (var child in Sorted(children[next.Id]).Reverse())
            {
                stack.Push(child);
            }
        }
    }

    private static IEnumerable<Department> Sorted(IEnumerable<Department> siblings)
        => siblings.OrderBy(d => d.SortOrder).ThenBy(d => d.Code, StringComparer.Ordinal);
}
