using EGov.Platform.Audit;
using EGov.Platform.Data;
using EGov.Platform.Identity.Accounts;
using EGov.Platform.Identity.Passwords;
using EGov.Platform.Identity.Roles;
using EGov.Platform.Results;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace EGov.Platform.Identity.Administrators;

/// <summary>Creates an administrator account holding exactly one of the three administrator roles.</summary>
internal sealed class AdminAccountCreator(
    EGovDbContext db, ILookupNormalizer normalizer, PasswordSetter passwords, AssignRoleHandler assignments, IAuditLog audit, TimeProvider clock)
{
    /// <param name="password">Null for a random one-time password that must be changed at first sign-in (the only choice outside demo mode).</param>
    /// <returns>The password set.</returns>
    public async Task<Result<string>> CreateAsync(string roleCode, string userName, string displayName, string? password, CancellationToken cancellationToken)
    {
        if (!AdminRoles.Codes.Contains(roleCode))
        {
            return Error.Validation("identity.admin_role_unknown", $"管理员角色应为 {string.Join('、', AdminRoles.Codes)} 之一。");
        }

        var name = userName.Trim().ToLowerInvariant();
        var normalized = normalizer.NormalizeName(name);
        if (!UserNameRule.IsValid(name))
        {
            return Error.Validation("identity.user_name_invalid", "用户名应为 3–32 位小写字母、数字或 . _ -，并以字母开头。");
        }

        if (await db.Set<UserAccount>().AnyAsync(u => u.NormalizedUserName == normalized, cancellationToken))
        {
            return Error.Conflict("identity.user_name_taken", "该用户名已被使用。");
        }

        var role = await db.Set<Role>().FirstAsync(r => r.Code == roleCode, cancellationToken);
        var now = clock.GetUtcNow();
        var account = new UserAccount
        {
            Id = Guid.CreateVersion7(now),
            UserName = name,
            NormalizedUserName = normalized,
            DisplayName = displayName,
            Kind = AdminRoles.KindOf(roleCode),
            CreatedAt = now.UtcDateTime,
            ConcurrencyStamp = Guid.NewGuid().ToString(),
            LockoutEnabled = true,
        };
        if (password is null)
        {
            password = await passwords.SetOneTimeAsync(account);
        }
        else if (await passwords.TrySetAsync(account, password, oneTime: false) is { Count: > 0 } errors)
        {
            return Error.Validation("identity.weak_password", string.Join(' ', errors));
        }

        db.Add(account);
        audit.Record(new AuditRecord("identity.account_created", nameof(UserAccount), account.Id.ToString(), AuditOutcome.Success, $"{name}（{role.Name}）"));
        var assigned = await assignments.AddAsync(account, role, null, Organization.Scope.AssignmentScope.WholeDistrict, cancellationToken);
        return assigned.IsSuccess ? password : assigned.Error!;
    }
}
