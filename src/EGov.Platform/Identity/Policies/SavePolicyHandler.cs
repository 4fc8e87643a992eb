using EGov.Platform.Audit;
using EGov.Platform.Data;
using EGov.Platform.Results;
using Microsoft.EntityFrameworkCore;

namespace EGov.Platform.Identity.Policies;

/// <summary>安全管理员 sets the security parameters (等保 8.1.5.3 b 安全参数的设置) within limits that keep them compliant.</summary>
internal sealed class SavePolicyHandler(EGovDbContext db, SecurityPolicyStore store, SecurityPolicyCache cache, IAuditLog audit, TimeProvider clock)
{
    public async Task<Result> HandleAsync(SecurityPolicySettings settings, long version, CancellationToken cancellationToken)
    {
        var errors = Validate(settings);
        if (errors.Any)
        {
            return errors.ToError("identity.policy_invalid");
        }

        var row = await db.Set<SecurityPolicy>().FirstOrDefaultAsync(p => p.Id == SecurityPolicy.SingletonId, cancellationToken);
        if ((row?.Version ?? 0) != version)
        {
            return Error.Conflict("identity.policy_changed", "安全策略已被他人修改，请刷新后重新设置。");
        }

        var before = await store.GetAsync(cancellationToken);
        if (row is null)
        {
            row = new SecurityPolicy();
            db.Add(row);
        }
        else
        {
            db.Entry(row).Property(p => p.Version).OriginalValue = version;
        }

        row.Apply(settings);
        row.Version = version + 1;
        row.UpdatedAt = clock.GetUtcNow().UtcDateTime;
        audit.Record(new AuditRecord("identity.policy_updated", nameof(SecurityPolicy), null, AuditOutcome.Success, $"{before} → {settings}"));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateException)
        {
            return Error.Conflict("identity.policy_changed", "安全策略已被他人修改，请刷新后重新设置。");
        }

        cache.Clear();
        return Result.Success();
    }

    private static FieldErrors Validate(SecurityPolicySettings s)
    {
        var errors = new FieldErrors();
        Range(errors, nameof(s.LockoutThreshold), s.LockoutThreshold, 3, 10, "连续失败锁定次数");
        Range(errors, nameof(s.LockoutMinutes), s.LockoutMinutes, 5, 1440, "锁定时长（分钟）");
        Range(errors, nameof(s.PasswordMinLength), s.PasswordMinLength, 8, 64, "密码最小长度");
        Range(errors, nameof(s.PasswordRequiredClasses), s.PasswordRequiredClasses, 3, 4, "密码字符种类");
        Range(errors, nameof(s.PasswordExpiryDays), s.PasswordExpiryDays, 30, 180, "密码有效期（天）");
        Range(errors, nameof(s.IdleTimeoutMinutes), s.IdleTimeoutMinutes, 5, SecurityPolicySettings.MaxIdleTimeoutMinutes, "空闲超时（分钟）");
        Range(errors, nameof(s.AbsoluteTimeoutHours), s.AbsoluteTimeoutHours, 1, SecurityPolicySettings.MaxAbsoluteTimeoutHours, "会话最长时间（小时）");
        return errors;
    }

    private static void Range(FieldErrors errors, string field, int value, int min, int max, string label)
    {
        if (value < min || value > max)
        {
            errors.Add(field, $"{label}应在 {min} 到 {max} 之间。");
        }
    }
}
