namespace EGov.Platform.Organization.Scope;

/// <summary>
/// The departments the signed-in user may see for a permission, from the role assignments of their active position:
/// own department, own and descendants, or the whole district. Every staff query filters with
/// <see cref="ScopeQueryExtensions.WhereInScope{T}(IQueryable{T}, DepartmentSet, System.Linq.Expressions.Expression{Func{T, Guid}})"/>.
/// </summary>
public interface IDepartmentScope
{
    Task<DepartmentSet> ForPermissionAsync(string permission, CancellationToken cancellationToken = default);
}
