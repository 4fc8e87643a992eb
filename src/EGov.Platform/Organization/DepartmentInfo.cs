using EGov.Platform.Organization.Departments;

namespace EGov.Platform.Organization;

/// <summary>A department as other modules see it.</summary>
/// <param name="Depth">0 for 西陵区人民政府, 1 for its departments and streets, 2 for communities.</param>
public sealed record DepartmentInfo(Guid Id, string Code, string Name, string ShortName, DepartmentKind Kind, Guid? ParentId, int Depth, bool IsActive);
