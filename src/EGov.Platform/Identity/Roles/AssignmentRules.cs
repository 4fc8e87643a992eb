using EGov.Platform.Results;

namespace EGov.Platform.Identity.Roles;

/// <summary>
/// 三员分立 (等保 8.1.4.2 d, 8.1.5): an administrator account holds exactly its own administrator role and nothing else;
/// business roles go to staff only, in a department where they hold a position.
/// </summary>
internal static class AssignmentRules
{
    public static Error? Check(AccountKind kind, Role role, Guid? departmentId, IReadOnlyCollection<RoleAssignmentView> held, bool holdsPosition)
    {
        if (role.IsAdminRole)
        {
            if (kind != AdminRoles.KindOf(role.Code))
            {
                return Error.Validation("identity.admin_role_kind_mismatch", $"只有{AdminRoles.NameOf(role.Code)}账号才能担任{role.Name}。");
            }

            return held.Count > 0
                ? Error.Conflict("identity.admin_holds_one_role", "管理员账号只能担任一个管理员角色，且不能担任业务角色。")
                : null;
        }

        if (kind.IsAdministrator())
        {
            return Error.Validation("identity.admin_no_business_role", "管理员账号不能担任业务角色。");
        }

        if (kind != AccountKind.Staff)
        {
            return Error.Validation("identity.business_role_staff_only", "只能为工作人员账号分配角色。");
        }

        if (departmentId is null || !holdsPosition)
        {
            return Error.Validation("identity.assignment_needs_position", "该工作人员在所选部门没有岗位，请先由系统管理员设置岗位。");
        }

        return held.Any(h => h.RoleId == role.Id && h.DepartmentId == departmentId)
            ? Error.Conflict("identity.assignment_exists", "该人员在此部门已担任这个角色。")
            : null;
    }
}

internal sealed record RoleAssignmentView(Guid RoleId, Guid? DepartmentId);
