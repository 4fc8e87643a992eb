namespace EGov.Platform.Identity.Roles;

/// <summary>A named set of permissions. Built-in administrator roles are kept in step with the code; others are the security administrator's.</summary>
internal sealed class Role
{
    public Guid Id { get; set; }
    public string Code { get; set; } = "";
    public string Name { get; set; } = "";
    public string Description { get; set; } = "";
    public List<string> Permissions { get; set; } = [];

    /// <summary>One of <see cref="AdminRoles"/>: assigned only from the command line, never edited on the console.</summary>
    public bool IsAdminRole { get; set; }

    public long Version { get; set; }
}
