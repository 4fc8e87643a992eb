using EGov.Platform.Audit;
using EGov.Platform.Data;
using EGov.Platform.Identity.Claims;
using EGov.Platform.Identity.Policies;
using EGov.Platform.Identity.Sessions;
using EGov.Platform.Results;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;

namespace EGov.Platform.Identity.SignIn;

internal sealed record SignInCommand(string Login, string Password, string? ReturnUrl);

/// <summary>
/// Password sign-in with the saved lockout policy (等保 8.1.4.1 b: 限制非法登录次数) and a new server-side session
/// (ASVS 3.2.1). Unknown user and wrong password give the same answer.
/// </summary>
internal sealed class SignInHandler(
    EGovDbContext db,
    AccountFinder finder,
    UserManager<UserAccount> users,
    SecurityPolicyStore policies,
    SessionStore sessions,
    AccountPrincipalFactory principals,
    IAuditLog audit,
    TimeProvider clock)
{
    private static readonly Error WrongCredentials = Error.Validation("identity.sign_in_failed", "用户名或密码错误。");

    /// <returns>Where to go next.</returns>
    public async Task<Result<string>> HandleAsync(SignInCommand command, HttpContext http, CancellationToken cancellationToken)
    {
        var login = (command.Login ?? "").Trim();
        var account = await finder.ByLoginAsync(login, cancellationToken);
        var policy = await policies.GetAsync(cancellationToken);
        var now = clock.GetUtcNow();
        if (account is null)
        {
            await FailAsync(login, "unknown_user", cancellationToken);
            return WrongCredentials;
        }

        if (account.LockoutEnd is { } lockedUntil && lockedUntil > now)
        {
            await FailAsync(login, "locked_out", cancellationToken);
            return Locked(lockedUntil);
        }

        if (!await users.CheckPasswordAsync(account, command.Password ?? ""))
        {
            return await CountFailureAsync(account, login, policy, now, cancellationToken);
        }

        if (!account.IsActive)
        {
            await FailAsync(login, "inactive", cancellationToken);
            return Error.Forbidden("identity.account_inactive", "账号已停用，请联系系统管理员。");
        }

        account.AccessFailedCount = 0;
        account.LockoutEnd = null;
        var session = sessions.Start(account.Id);
        var principal = await principals.CreateAsync(account, null, session.Id, cancellationToken);
        audit.Record(new AuditRecord("identity.sign_in", nameof(UserAccount), account.Id.ToString(), AuditOutcome.Success) { UserName = account.UserName });
        await db.SaveChangesAsync(cancellationToken);
        await http.SignInAsync(IdentityConstants.ApplicationScheme, principal, new AuthenticationProperties { IsPersistent = false });
        return SignInDestination.For(principal, command.ReturnUrl);
    }

    private async Task<Result<string>> CountFailureAsync(UserAccount account, string login, SecurityPolicySettings policy, DateTimeOffset now, CancellationToken cancellationToken)
    {
        account.AccessFailedCount++;
        var lockNow = account.AccessFailedCount >= policy.LockoutThreshold;
        if (lockNow)
        {
            account.AccessFailedCount = 0;
            account.LockoutEnd = now.AddMinutes(policy.LockoutMinutes);
            audit.Record(new AuditRecord("identity.locked_out", nameof(UserAccount), account.Id.ToString(), AuditOutcome.Success,
                $"连续 {policy.LockoutThreshold} 次密码错误，锁定 {policy.LockoutMinutes} 分钟")
            { UserName = account.UserName });
        }

        audit.Record(new AuditRecord("identity.sign_in", nameof(UserAccount), account.Id.ToString(), AuditOutcome.Failure, "wrong_password")
        {
            UserName = LoginForAudit.Mask(login),
        });
        await db.SaveChangesAsync(cancellationToken);
        return lockNow ? Locked(account.LockoutEnd!.Value) : WrongCredentials;
    }

    private Task FailAsync(string login, string reason, CancellationToken cancellationToken)
        => audit.RecordNowAsync(new AuditRecord("identity.sign_in", nameof(UserAccount), null, AuditOutcome.Failure, reason)
        {
            UserName = LoginForAudit.Mask(login),
        }, cancellationToken);

    private static Error Locked(DateTimeOffset until)
        => Error.Forbidden("identity.locked_out", $"密码错误次数过多，账号已锁定至 {ChinaTimeFormat.Format(until)}，请稍后再试或联系系统管理员。");
}
