using System.Text.RegularExpressions;
using EGov.Platform.Audit;
using EGov.Platform.Data;
using EGov.Platform.Identity;
using EGov.Platform.Results;
using Microsoft.EntityFrameworkCore;

namespace EGov.Platform.Organization.Departments;

/// <param name="Id">Null to create.</param>
/// <param name="Version">The version the editor saw; a different stored one means someone else saved in between.</param>
internal sealed record SaveDepartmentCommand(
    Guid? Id, string Code, string Name, string ShortName, DepartmentKind Kind, Guid? ParentId, int SortOrder, bool IsActive, long Version);

/// <summary>Creates, edits and moves departments; a move rewrites the paths of the whole subtree in the same transaction.</summary>
internal sealed partial class SaveDepartmentHandler(EGovDbContext db, IAuditLog audit, TimeProvider clock)
{
    public async Task<Result<Guid>> HandleAsync(SaveDepartmentCommand command, CancellationToken cancellationToken)
    {
        command = command with { Code = command.Code ?? "", Name = command.Name ?? "", ShortName = command.ShortName ?? "" };
        var departments = db.Set<Department>();
        var department = command.Id is { } id ? await departments.FirstOrDefaultAsync(d => d.Id == id, cancellationToken) : null;
        if (command.Id is not null && department is null)
        {
            return Error.NotFound("organization.department_not_found", "部门不存在。");
        }

        if (department is not null && department.Version != command.Version)
        {
            return Conflict;
        }

        var parent = command.ParentId is { } parentId ? await departments.FirstOrDefaultAsync(d => d.Id == parentId, cancellationToken) : null;
        var errors = await ValidateAsync(command, department, parent, cancellationToken);
        if (errors.Any)
        {
            return errors.ToError("organization.department_invalid");
        }

        var isNew = department is null;
        department ??= new Department { Id = Guid.CreateVersion7(clock.GetUtcNow()) };
        var oldPath = department.Path;
        var newPath = DepartmentPath.Child(parent?.Path ?? DepartmentPath.Root, department.Id);
        var moved = !isNew && oldPath != newPath;
        if (moved)
        {
            foreach (var descendant in await departments.DescendantsOf(department).ToListAsync(cancellationToken))
            {
                descendant.Path = newPath + descendant.Path[oldPath.Length..];
            }
        }

        department.Code = command.Code.Trim().ToLowerInvariant();
        department.Name = command.Name.Trim();
        department.ShortName = string.IsNullOrWhiteSpace(command.ShortName) ? department.Name : command.ShortName.Trim();
        department.Kind = command.Kind;
        department.ParentId = parent?.Id;
        department.Path = newPath;
        department.SortOrder = command.SortOrder;
        department.IsActive = command.IsActive;
        department.Version = command.Version + 1;
        if (isNew)
        {
            db.Add(department);
        }
        else
        {
            db.Entry(department).Property(d => d.Version).OriginalValue = command.Version;
        }

        var action = isNew ? "organization.department_created" : moved ? "organization.department_moved" : "organization.department_updated";
        audit.Record(new AuditRecord(action, nameof(Department), department.Id.ToString(), AuditOutcome.Success, $"{department.Code} {department.Name}"));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Conflict;
        }

        return department.Id;
    }

    private static Error Conflict => Error.Conflict("organization.department_changed", "该部门已被他人修改，请刷新后重新编辑。");

    private async Task<FieldErrors> ValidateAsync(SaveDepartmentCommand command, Department? department, Department? parent, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var code = command.Code.Trim().ToLowerInvariant();
        if (code.Length > 64 || !CodePattern().IsMatch(code))
        {
            errors.Add(nameof(command.Code), "编码应为小写字母或数字，可用 - 分段，如 xlq-fgw。");
        }
        else if (await db.Set<Department>().AnyAsync(d => d.Code == code && d.Id != command.Id, cancellationToken))
        {
            errors.Add(nameof(command.Code), "该编码已被其他部门使用。");
        }

        if (command.Name.Trim().Length is 0 or > 100)
        {
            errors.Add(nameof(command.Name), "请填写部门全称（不超过 100 个字）。");
        }

        if (command.ShortName.Trim().Length > 50)
        {
            errors.Add(nameof(command.ShortName), "简称不能超过 50 个字。");
        }

        if (!Enum.IsDefined(command.Kind))
        {
            errors.Add(nameof(command.Kind), "请选择部门类别。");
        }

        if (command.ParentId is not null && parent is null)
        {
            errors.Add(nameof(command.ParentId), "上级部门不存在。");
        }
        else if (parent is null && await db.Set<Department>().AnyAsync(d => d.ParentId == null && d.Id != command.Id, cancellationToken))
        {
            errors.Add(nameof(command.ParentId), "请选择上级部门（全区只有一个根部门）。");
        }
        else if (parent is not null && department is not null && DepartmentPath.IsWithin(parent.Path, department.Path))
        {
            errors.Add(nameof(command.ParentId), "不能把部门移到它自己或它的下级部门之下。");
        }

        return errors;
    }

    [GeneratedRegex("^[a-z0-9]+(-[a-z0-9]+)*$", RegexOptions.CultureInvariant)]
    private static partial Regex CodePattern();
}
