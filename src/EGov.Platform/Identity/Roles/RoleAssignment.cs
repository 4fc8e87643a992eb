using EGov.Platform.Organization.Scope;

namespace EGov.Platform.Identity.Roles;

/// <summary>A role held by a person in one department, reaching as far as <see cref="Scope"/>.</summary>
internal sealed class RoleAssignment
{
    public Guid Id { get; set; }
    public Guid UserId { get; set; }
    public Guid RoleId { get; set; }

    /// <summary>The department of the position it applies to; null only for the administrator roles, which belong to no department.</summary>
    public Guid? DepartmentId { get; set; }

    public AssignmentScope Scope { get; set; }
    public DateTime CreatedAt { get; set; }
}
