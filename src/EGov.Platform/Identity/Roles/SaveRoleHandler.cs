using System.Text.RegularExpressions;
using EGov.Platform.Audit;
using EGov.Platform.Data;
using EGov.Platform.Identity.Permissions;
using EGov.Platform.Results;
using Microsoft.EntityFrameworkCore;

namespace EGov.Platform.Identity.Roles;

internal sealed record SaveRoleCommand(Guid? Id, string Code, string Name, string Description, IReadOnlyCollection<string> Permissions, long Version);

/// <summary>
/// 安全管理员 composes business roles (等保 8.1.5.3 b 对主体进行授权). Administrative permissions cannot be put in a role
/// and the built-in administrator roles cannot be edited, so no one can widen an administrator's powers from the console.
/// </summary>
internal sealed partial class SaveRoleHandler(EGovDbContext db, PermissionCatalog catalog, IAuditLog audit, TimeProvider clock)
{
    public async Task<Result<Guid>> HandleAsync(SaveRoleCommand command, CancellationToken cancellationToken)
    {
        command = command with { Code = command.Code ?? "", Name = command.Name ?? "", Description = command.Description ?? "", Permissions = command.Permissions ?? [] };
        var role = command.Id is { } id ? await db.Set<Role>().FirstOrDefaultAsync(r => r.Id == id, cancellationToken) : null;
        if (command.Id is not null && role is null)
        {
            return Error.NotFound("identity.role_not_found", "角色不存在。");
        }

        if (role is { IsAdminRole: true })
        {
            return Error.Forbidden("identity.admin_role_fixed", "三员角色由系统内置，不能修改。");
        }

        if (role is not null && role.Version != command.Version)
        {
            return Conflict;
        }

        var errors = await ValidateAsync(command, cancellationToken);
        if (errors.Any)
        {
            return errors.ToError("identity.role_invalid");
        }

        var isNew = role is null;
        role ??= new Role { Id = Guid.CreateVersion7(clock.GetUtcNow()) };
        var before = string.Join(',', role.Permissions);
        role.Code = command.Code.Trim().ToLowerInvariant();
        role.Name = command.Name.Trim();
        role.Description = command.Description.Trim();
        role.Permissions = [.. command.Permissions.Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal)];
        role.Version = command.Version + 1;
        if (isNew)
        {
            db.Add(role);
        }
        else
        {
            db.Entry(role).Property(r => r.Version).OriginalValue = command.Version;
        }

        audit.Record(new AuditRecord(isNew ? "identity.role_created" : "identity.role_updated", nameof(Role), role.Id.ToString(), AuditOutcome.Success,
            $"{role.Code}：{before} → {string.Join(',', role.Permissions)}"));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return Conflict;
        }

        return role.Id;
    }

    private static Error Conflict => Error.Conflict("identity.role_changed", "该角色已被他人修改，请刷新后重新编辑。");

    private async Task<FieldErrors> ValidateAsync(SaveRoleCommand command, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var code = command.Code.Trim().ToLowerInvariant();
        if (code.Length > 64 || !CodePattern().IsMatch(code) || AdminRoles.Codes.Contains(code))
        {
            errors.Add(nameof(command.Code), "编码应为小写字母、数字和 -，以字母开头，且不能使用三员角色的编码。");
        }
        else if (await db.Set<Role>().AnyAsync(r => r.Code == code && r.Id != command.Id, cancellationToken))
        {
            errors.Add(nameof(command.Code), "该编码已被其他角色使用。");
        }

        if (command.Name.Trim().Length is 0 or > 100)
        {
            errors.Add(nameof(command.Name), "请填写角色名称（不超过 100 个字）。");
        }

        if (command.Description.Trim().Length > 500)
        {
            errors.Add(nameof(command.Description), "说明不能超过 500 个字。");
        }

        var notBusiness = command.Permissions.Where(p => !catalog.IsBusiness(p)).ToList();
        if (notBusiness.Count > 0)
        {
            errors.Add(nameof(command.Permissions), $"以下权限不能放入业务角色：{string.Join("、", notBusiness)}。");
        }

        return errors;
    }

    [GeneratedRegex("^[a-z][a-z0-9-]*$", RegexOptions.CultureInvariant)]
    private static partial Regex CodePattern();
}
