using EGov.Platform.Audit;
using EGov.Platform.Data;
using EGov.Platform.Identity.Claims;
using EGov.Platform.Identity.Passwords;
using EGov.Platform.Identity.Sessions;
using EGov.Platform.Results;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace EGov.Platform.Identity.SignIn;

internal sealed record ChangePasswordCommand(string CurrentPassword, string NewPassword, string ConfirmPassword);

/// <summary>
/// Changes the signed-in user's password, ends all their other sessions (ASVS 3.3.3) and re-issues the cookie
/// on a new session without the password-change mark.
/// </summary>
internal sealed class ChangePasswordHandler(
    EGovDbContext db,
    UserManager<UserAccount> users,
    PasswordSetter passwords,
    SessionStore sessions,
    AccountPrincipalFactory principals,
    IAuditLog audit)
{
    /// <returns>Where to go next.</returns>
    public async Task<Result<string>> HandleAsync(ChangePasswordCommand command, HttpContext http, CancellationToken cancellationToken)
    {
        var accountId = http.User.AccountId() ?? throw new InvalidOperationException("修改密码需要已登录的用户。");
        var account = await db.Set<UserAccount>().FirstAsync(u => u.Id == accountId, cancellationToken);
        var errors = new FieldErrors();
        command = new ChangePasswordCommand(command.CurrentPassword ?? "", command.NewPassword ?? "", command.ConfirmPassword ?? "");
        if (!await users.CheckPasswordAsync(account, command.CurrentPassword))
        {
            errors.Add(nameof(command.CurrentPassword), "当前密码不正确。");
            await audit.RecordNowAsync(new AuditRecord("identity.password_changed", nameof(UserAccount), account.Id.ToString(), AuditOutcome.Failure, "wrong_current_password"), cancellationToken);
            return errors.ToError("identity.password_change_failed");
        }

        if (command.NewPassword != command.ConfirmPassword)
        {
            errors.Add(nameof(command.ConfirmPassword), "两次输入的新密码不一致。");
        }

        if (command.NewPassword == command.CurrentPassword)
        {
            errors.Add(nameof(command.NewPassword), "新密码不能与当前密码相同。");
        }

        if (!errors.Any)
        {
            errors.AddRange(nameof(command.NewPassword), await passwords.TrySetAsync(account, command.NewPassword, oneTime: false));
        }

        if (errors.Any)
        {
            return errors.ToError("identity.password_change_failed");
        }

        await sessions.EndAllAsync(account.Id, cancellationToken);
        var session = sessions.Start(account.Id);
        audit.Record(new AuditRecord("identity.password_changed", nameof(UserAccount), account.Id.ToString(), AuditOutcome.Success));
        await db.SaveChangesAsync(cancellationToken);
        var principal = await principals.CreateAsync(account, http.User.DepartmentId(), session.Id, cancellationToken);
        await http.SignInAsync(IdentityConstants.ApplicationScheme, principal);
        return SignInDestination.HomeOf(account.Kind);
    }
}
