using EGov.Platform.Audit;
using EGov.Platform.Data;
using EGov.Platform.Identity.Passwords;
using EGov.Platform.Organization.Departments;
using EGov.Platform.Organization.Positions;
using EGov.Platform.Results;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace EGov.Platform.Identity.Accounts;

internal sealed record CreateStaffAccountCommand(string UserName, string DisplayName, Guid? DepartmentId, string Title);

/// <summary>A new staff account with its first position; the one-time password is returned once and must be changed at first sign-in.</summary>
internal sealed record CreatedAccount(Guid AccountId, string UserName, string OneTimePassword);

/// <summary>系统管理员 creates staff accounts (等保 8.1.5.1 b 用户身份); roles are the security administrator's to assign.</summary>
internal sealed class CreateStaffAccountHandler(EGovDbContext db, ILookupNormalizer normalizer, PasswordSetter passwords, IAuditLog audit, TimeProvider clock)
{
    public async Task<Result<CreatedAccount>> HandleAsync(CreateStaffAccountCommand command, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        var userName = (command.UserName ?? "").Trim().ToLowerInvariant();
        var displayName = (command.DisplayName ?? "").Trim();
        var title = (command.Title ?? "").Trim();
        var normalized = normalizer.NormalizeName(userName);
        if (!UserNameRule.IsValid(userName))
        {
            errors.Add(nameof(command.UserName), "用户名应为 3–32 位小写字母、数字或 . _ -，并以字母开头。");
        }
        else if (await db.Set<UserAccount>().AnyAsync(u => u.NormalizedUserName == normalized, cancellationToken))
        {
            errors.Add(nameof(command.UserName), "该用户名已被使用。");
        }

        if (displayName.Length is 0 or > 50)
        {
            errors.Add(nameof(command.DisplayName), "请填写姓名（不超过 50 个字）。");
        }

        var department = command.DepartmentId is { } id
            ? await db.Set<Department>().FirstOrDefaultAsync(d => d.Id == id && d.IsActive, cancellationToken)
            : null;
        if (department is null)
        {
            errors.Add(nameof(command.DepartmentId), "请选择所在部门。");
        }

        if (title.Length is 0 or > 50)
        {
            errors.Add(nameof(command.Title), "请填写职务（如 科员、科长）。");
        }

        if (errors.Any)
        {
            return errors.ToError("identity.account_invalid");
        }

        var now = clock.GetUtcNow();
        var account = new UserAccount
        {
            Id = Guid.CreateVersion7(now),
            UserName = userName,
            NormalizedUserName = normalized,
            DisplayName = displayName,
            Kind = AccountKind.Staff,
            CreatedAt = now.UtcDateTime,
            ConcurrencyStamp = Guid.NewGuid().ToString(),
            LockoutEnabled = true,
        };
        var password = await passwords.SetOneTimeAsync(account);
        db.Add(account);
        db.Add(new Position { Id = Guid.CreateVersion7(now), UserId = account.Id, DepartmentId = department!.Id, Title = title, IsPrimary = true, CreatedAt = now.UtcDateTime });
        audit.Record(new AuditRecord("identity.account_created", nameof(UserAccount), account.Id.ToString(), AuditOutcome.Success,
            $"{userName}（{displayName}），{department.Name} {title}"));
        await db.SaveChangesAsync(cancellationToken);
        return new CreatedAccount(account.Id, userName, password);
    }
}
