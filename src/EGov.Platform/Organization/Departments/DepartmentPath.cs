namespace EGov.Platform.Organization.Departments;

/// <summary>
/// The materialised path <c>/id/id/…/</c> (ids in "N" format) of a department. A prefix test finds all descendants
/// with one indexed <c>LIKE 'prefix%'</c> on SQLite and PostgreSQL alike, without recursive queries.
/// </summary>
internal static class DepartmentPath
{
    public const string Root = "/";

    public static string Child(string parentPath, Guid id) => $"{parentPath}{id:N}/";

    public static IReadOnlyList<Guid> Ids(string path)
        => [.. path.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(s => Guid.ParseExact(s, "N"))];

    /// <summary>The ids above the department, root first.</summary>
    public static IReadOnlyList<Guid> AncestorIds(string path) => [.. Ids(path).SkipLast(1)];

    public static bool IsWithin(string path, string ancestorPath) => path.StartsWith(ancestorPath, StringComparison.Ordinal);
}
