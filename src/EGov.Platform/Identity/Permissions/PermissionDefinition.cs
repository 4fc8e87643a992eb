namespace EGov.Platform.Identity.Permissions;

/// <summary>A permission a module offers, shown to the security administrator when composing roles.</summary>
/// <param name="Name"><c>module.action</c>, e.g. <c>disclosure.reply</c>.</param>
/// <param name="Title">Chinese, e.g. 答复依申请公开.</param>
/// <param name="Group">Heading it is listed under, usually the module's Chinese name.</param>
/// <param name="AdminRole">The built-in administrator role (<see cref="AdminRoles"/>) it belongs to; null for a business permission.</param>
public sealed record PermissionDefinition(string Name, string Title, string Group, string? AdminRole = null)
{
    public bool IsAdministrative => AdminRole is not null;
}
