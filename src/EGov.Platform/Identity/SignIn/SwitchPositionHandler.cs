using EGov.Platform.Audit;
using EGov.Platform.Data;
using EGov.Platform.Identity.Claims;
using EGov.Platform.Organization.Positions;
using EGov.Platform.Results;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;

namespace EGov.Platform.Identity.SignIn;

/// <summary>
/// Re-issues the cookie for another position the person holds: its department and that department's role assignments.
/// The server-side session stays the same, so the absolute time-out still counts from the sign-in.
/// </summary>
internal sealed class SwitchPositionHandler(EGovDbContext db, PositionLookup positions, AccountPrincipalFactory principals, IAuditLog audit)
{
    public async Task<Result> HandleAsync(Guid departmentId, HttpContext http, CancellationToken cancellationToken)
    {
        var user = http.User;
        var accountId = user.AccountId() ?? throw new InvalidOperationException("切换岗位需要已登录的用户。");
        if (!Guid.TryParse(user.FindFirst(PlatformClaims.Session)?.Value, out var sessionId))
        {
            throw new InvalidOperationException("登录状态缺少会话标识。");
        }

        var held = await positions.ForUserAsync(accountId, cancellationToken);
        var target = held.FirstOrDefault(p => p.DepartmentId == departmentId);
        if (target is null)
        {
            return Error.Forbidden("identity.position_not_held", "您在该部门没有岗位。");
        }

        var account = await db.Set<UserAccount>().AsNoTracking().FirstAsync(u => u.Id == accountId, cancellationToken);
        var principal = await principals.CreateAsync(account, departmentId, sessionId, cancellationToken);
        audit.Record(new AuditRecord("identity.position_switched", "Department", departmentId.ToString(), AuditOutcome.Success, target.DepartmentName));
        await db.SaveChangesAsync(cancellationToken);
        await http.SignInAsync(IdentityConstants.ApplicationScheme, principal);
        return Result.Success();
    }
}
