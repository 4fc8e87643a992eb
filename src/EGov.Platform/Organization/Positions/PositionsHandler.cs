using EGov.Platform.Audit;
using EGov.Platform.Data;
using EGov.Platform.Identity;
using EGov.Platform.Identity.Roles;
using EGov.Platform.Organization.Departments;
using EGov.Platform.Results;
using Microsoft.EntityFrameworkCore;

namespace EGov.Platform.Organization.Positions;

internal sealed record AddPositionCommand(Guid AccountId, Guid? DepartmentId, string Title, bool IsPrimary);

/// <summary>The system administrator sets where staff work; removing a position also removes the roles held there.</summary>
internal sealed class PositionsHandler(EGovDbContext db, IAuditLog audit, TimeProvider clock)
{
    public async Task<Result> AddAsync(AddPositionCommand command, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var title = (command.Title ?? "").Trim();
        var account = await db.Set<UserAccount>().FirstOrDefaultAsync(u => u.Id == command.AccountId, cancellationToken);
        if (account is not { Kind: AccountKind.Staff })
        {
            return Error.Validation("organization.position_staff_only", "只有工作人员账号可以设置岗位。");
        }

        var department = await db.Set<Department>().FirstOrDefaultAsync(d => d.Id == command.DepartmentId && d.IsActive, cancellationToken);
        if (department is null)
        {
            errors.Add(nameof(command.DepartmentId), "请选择部门。");
        }
        else if (await db.Set<Position>().AnyAsync(p => p.UserId == account.Id && p.DepartmentId == department.Id, cancellationToken))
        {
            errors.Add(nameof(command.DepartmentId), "该人员在此部门已有岗位。");
        }

        if (title.Length is 0 or > 50)
        {
            errors.Add(nameof(command.Title), "请填写职务（如 科员、科长）。");
        }

        if (errors.Any)
        {
            return errors.ToError("organization.position_invalid");
        }

        var positions = await db.Set<Position>().Where(p => p.UserId == account.Id).ToListAsync(cancellationToken);
        var primary = command.IsPrimary || positions.Count == 0;
        if (primary)
        {
            positions.ForEach(p => p.IsPrimary = false);
        }

        var now = clock.GetUtcNow();
        db.Add(new Position { Id = Guid.CreateVersion7(now), UserId = account.Id, DepartmentId = department!.Id, Title = title, IsPrimary = primary, CreatedAt = now.UtcDateTime });
        audit.Record(new AuditRecord("organization.position_added", nameof(UserAccount), account.Id.ToString(), AuditOutcome.Success, $"{account.UserName}：{department.Name} {title}"));
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success();
    }

    public async Task<Result> RemoveAsync(Guid positionId, CancellationToken cancellationToken)
    {
        var position = await db.Set<Position>().FirstOrDefaultAsync(p => p.Id == positionId, cancellationToken);
        if (position is null)
        {
            return Error.NotFound("organization.position_not_found", "岗位不存在。");
        }

        var others = await db.Set<Position>().Where(p => p.UserId == position.UserId && p.Id != positionId).OrderBy(p => p.CreatedAt).ToListAsync(cancellationToken);
        if (others.Count == 0)
        {
            return Error.Conflict("organization.last_position", "工作人员至少要保留一个岗位；如已离岗，请停用账号。");
        }

        if (position.IsPrimary)
        {
            others[0].IsPrimary = true;
        }

        db.RemoveRange(await db.Set<RoleAssignment>().Where(a => a.UserId == position.UserId && a.DepartmentId == position.DepartmentId).ToListAsync(cancellationToken));
        db.Remove(position);
        audit.Record(new AuditRecord("organization.position_removed", nameof(UserAccount), position.UserId.ToString(), AuditOutcome.Success, $"{position.DepartmentId} {position.Title}"));
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success();
    }
}
