using EGov.Platform.Audit;
using EGov.Platform.Data;
using EGov.Platform.Identity.SignIn;
using EGov.Platform.Organization.Positions;
using EGov.Platform.Organization.Scope;
using EGov.Platform.Results;
using Microsoft.EntityFrameworkCore;

namespace EGov.Platform.Identity.Roles;

internal sealed record AssignRoleCommand(string UserName, Guid? RoleId, Guid? DepartmentId, AssignmentScope Scope);

/// <summary>
/// 安全管理员 assigns business roles to staff in one of their departments. The administrator roles are assigned only by
/// <c>create-admin</c>; the rules of <see cref="AssignmentRules"/> hold for both paths.
/// </summary>
internal sealed class AssignRoleHandler(EGovDbContext db, AccountFinder finder, IAuditLog audit, TimeProvider clock)
{
    public async Task<Result<Guid>> AssignAsync(AssignRoleCommand command, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var account = await finder.ByUserNameAsync(command.UserName ?? "", cancellationToken);
        var role = await db.Set<Role>().FirstOrDefaultAsync(r => r.Id == command.RoleId, cancellationToken);
        if (account is null)
        {
            errors.Add(nameof(command.UserName), "用户名不存在。");
        }

        if (role is null)
        {
            errors.Add(nameof(command.RoleId), "请选择角色。");
        }
        else if (role.IsAdminRole)
        {
            errors.Add(nameof(command.RoleId), "三员角色只能在服务器上用 create-admin 命令分配。");
        }

        if (!Enum.IsDefined(command.Scope))
        {
            errors.Add(nameof(command.Scope), "请选择范围。");
        }

        if (errors.Any)
        {
            return errors.ToError("identity.assignment_invalid");
        }

        return await AddAsync(account!, role!, command.DepartmentId, command.Scope, cancellationToken);
    }

    /// <summary>Checks the 三员 rules, then records the assignment; also the path of <c>create-admin</c>.</summary>
    public async Task<Result<Guid>> AddAsync(UserAccount account, Role role, Guid? departmentId, AssignmentScope scope, CancellationToken cancellationToken)
    {
        var held = await db.Set<RoleAssignment>().Where(a => a.UserId == account.Id)
            .Select(a => new RoleAssignmentView(a.RoleId, a.DepartmentId)).ToListAsync(cancellationToken);
        var holdsPosition = departmentId is not null
            && await db.Set<Position>().AnyAsync(p => p.UserId == account.Id && p.DepartmentId == departmentId, cancellationToken);
        if (AssignmentRules.Check(account.Kind, role, departmentId, held, holdsPosition) is { } error)
        {
            return error;
        }

        var assignment = new RoleAssignment
        {
            Id = Guid.CreateVersion7(clock.GetUtcNow()),
            UserId = account.Id,
            RoleId = role.Id,
            DepartmentId = role.IsAdminRole ? null : departmentId,
            Scope = role.IsAdminRole ? AssignmentScope.WholeDistrict : scope,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        };
        db.Add(assignment);
        audit.Record(new AuditRecord("identity.role_assigned", nameof(UserAccount), account.Id.ToString(), AuditOutcome.Success,
            $"{account.UserName} ← {role.Code}（{AssignmentScopeNames.Of(assignment.Scope)}，部门 {departmentId}）"));
        await db.SaveChangesAsync(cancellationToken);
        return assignment.Id;
    }

    public async Task<Result> RevokeAsync(Guid assignmentId, CancellationToken cancellationToken)
    {
        var found = await (
            from a in db.Set<RoleAssignment>()
            join r in db.Set<Role>() on a.RoleId equals r.Id
            where a.Id == assignmentId
            select new { Assignment = a, r.Code, r.IsAdminRole }).FirstOrDefaultAsync(cancellationToken);
        if (found is null)
        {
            return Error.NotFound("identity.assignment_not_found", "该角色分配不存在。");
        }

        if (found.IsAdminRole)
        {
            return Error.Forbidden("identity.admin_assignment_fixed", "三员角色不能在控制台撤销。");
        }

        db.Remove(found.Assignment);
        audit.Record(new AuditRecord("identity.role_revoked", nameof(UserAccount), found.Assignment.UserId.ToString(), AuditOutcome.Success,
            $"{found.Code}（部门 {found.Assignment.DepartmentId}）"));
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success();
    }
}
