using EGov.Platform.Data;
using EGov.Platform.Identity;
using EGov.Platform.Identity.Policies;
using EGov.Web.Pages.Account;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace EGov.Web.Pages.Admin.Policies;

/// <summary>Lockout, password and session settings (安全管理员: 安全参数的设置).</summary>
[Authorize(Policy = "perm:" + PlatformPermissions.PoliciesManage)]
internal sealed class IndexModel(EGovDbContext db, SecurityPolicyStore store, SavePolicyHandler handler) : PageModel
{
    [BindProperty]
    public PolicyInput Input { get; set; } = new();

    public bool Saved { get; private set; }

    public async Task OnGetAsync(CancellationToken cancellationToken)
    {
        var policy = await store.GetAsync(cancellationToken);
        var version = await db.Set<SecurityPolicy>().Where(p => p.Id == SecurityPolicy.SingletonId).Select(p => p.Version).FirstOrDefaultAsync(cancellationToken);
        Input = PolicyInput.From(policy, version);
    }

    public async Task OnPostAsync(CancellationToken cancellationToken)
    {
        var result = await handler.HandleAsync(Input.ToSettings(), Input.Version, cancellationToken);
        if (!result.IsSuccess)
        {
            ModelState.AddError(result.Error!);
            return;
        }

        Saved = true;
        ModelState.Clear();
        await OnGetAsync(cancellationToken);
    }
}

internal sealed class PolicyInput
{
    public int LockoutThreshold { get; set; }
    public int LockoutMinutes { get; set; }
    public int PasswordMinLength { get; set; }
    public int PasswordRequiredClasses { get; set; }
    public int PasswordExpiryDays { get; set; }
    public int IdleTimeoutMinutes { get; set; }
    public int AbsoluteTimeoutHours { get; set; }
    public long Version { get; set; }

    public static PolicyInput From(SecurityPolicySettings s, long version) => new()
    {
        LockoutThreshold = s.LockoutThreshold,
        LockoutMinutes = s.LockoutMinutes,
        PasswordMinLength = s.PasswordMinLength,
        PasswordRequiredClasses = s.PasswordRequiredClasses,
        PasswordExpiryDays = s.PasswordExpiryDays,
        IdleTimeoutMinutes = s.IdleTimeoutMinutes,
        AbsoluteTimeoutHours = s.AbsoluteTimeoutHours,
        Version = version,
    };

    public SecurityPolicySettings ToSettings()
        => new(LockoutThreshold, LockoutMinutes, PasswordMinLength, PasswordRequiredClasses, PasswordExpiryDays, IdleTimeoutMinutes, AbsoluteTimeoutHours);
}
