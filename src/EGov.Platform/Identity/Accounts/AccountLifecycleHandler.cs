using EGov.Platform.Audit;
using EGov.Platform.Data;
using EGov.Platform.Identity.Passwords;
using EGov.Platform.Identity.Sessions;
using EGov.Platform.Results;
using Microsoft.EntityFrameworkCore;

namespace EGov.Platform.Identity.Accounts;

/// <summary>
/// Deactivation, reactivation and password resets by the system administrator. Administrator accounts are managed
/// only from the command line, so that no administrator can lock out or take over another (三员分立).
/// </summary>
internal sealed class AccountLifecycleHandler(EGovDbContext db, PasswordSetter passwords, SessionStore sessions, IAuditLog audit)
{
    public async Task<Result> SetActiveAsync(Guid accountId, bool active, CancellationToken cancellationToken)
    {
        var found = await FindManageableAsync(accountId, cancellationToken);
        if (!found.IsSuccess)
        {
            return found.Error!;
        }

        var account = found.Value;
        account.IsActive = active;
        if (!active)
        {
            await sessions.EndAllAsync(account.Id, cancellationToken);
        }

        audit.Record(new AuditRecord(active ? "identity.account_activated" : "identity.account_deactivated", nameof(UserAccount), account.Id.ToString(), AuditOutcome.Success, account.UserName));
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success();
    }

    /// <returns>The one-time password, to be shown once.</returns>
    public async Task<Result<string>> ResetPasswordAsync(Guid accountId, CancellationToken cancellationToken)
    {
        var found = await FindManageableAsync(accountId, cancellationToken);
        if (!found.IsSuccess)
        {
            return found.Error!;
        }

        var account = found.Value;
        var password = await passwords.SetOneTimeAsync(account);
        account.AccessFailedCount = 0;
        account.LockoutEnd = null;
        await sessions.EndAllAsync(account.Id, cancellationToken);
        audit.Record(new AuditRecord("identity.password_reset", nameof(UserAccount), account.Id.ToString(), AuditOutcome.Success, account.UserName));
        await db.SaveChangesAsync(cancellationToken);
        return password;
    }

    private async Task<Result<UserAccount>> FindManageableAsync(Guid accountId, CancellationToken cancellationToken)
    {
        var account = await db.Set<UserAccount>().FirstOrDefaultAsync(u => u.Id == accountId, cancellationToken);
        if (account is null)
        {
            return Error.NotFound("identity.account_not_found", "账号不存在。");
        }

        return account.Kind.IsAdministrator()
            ? Error.Forbidden("identity.admin_account_protected", "管理员账号只能通过命令行维护。")
            : account;
    }
}
