using EGov.Platform.Audit;
using EGov.Platform.Data;
using EGov.Platform.Identity;
using EGov.Platform.Results;
using EGov.Portal.Authoring.Scope;
using EGov.Portal.Domain.Channels;
using EGov.Portal.Domain.Sites;
using Microsoft.EntityFrameworkCore;

namespace EGov.Portal.Authoring.Sites;

/// <summary>Gives a staff account editing rights in a whole site or one channel (with its descendants), or takes them back.</summary>
internal sealed class EditorGrantHandler(EGovDbContext db, ManagerScope scope, CurrentEditor manager, IAuditLog audit, TimeProvider clock)
{
    public async Task<Result<Guid>> GrantAsync(Guid siteId, string? userName, Guid? channelId, CancellationToken cancellationToken)
    {
        var site = await scope.SiteAsync(siteId, cancellationToken);
        if (!site.IsSuccess)
        {
            return site.Error!;
        }

        var name = userName?.Trim() ?? "";
        var user = await db.Set<UserAccount>().AsNoTracking().FirstOrDefaultAsync(u => u.UserName == name, cancellationToken);
        var errors = new FormErrors();
        if (user is null || user.Kind != AccountKind.Staff || !user.IsActive)
        {
            errors.Add("UserName", "没有这个工作人员账号（请填写登录用户名，如 scjg.bianji）。");
        }

        if (channelId is { } id && !await db.Set<Channel>().AnyAsync(c => c.Id == id && c.SiteId == siteId, cancellationToken))
        {
            errors.Add("ChannelId", "所选栏目不属于本站。");
        }

        if (!errors.Any && await db.Set<SiteEditorGrant>().AnyAsync(g => g.SiteId == siteId && g.UserId == user!.Id && g.ChannelId == channelId, cancellationToken))
        {
            errors.Add("UserName", "该账号已有这项授权。");
        }

        if (errors.Any)
        {
            return errors.ToError("portal.grant_invalid");
        }

        var grant = new SiteEditorGrant
        {
            Id = Guid.CreateVersion7(clock.GetUtcNow()),
            SiteId = siteId,
            UserId = user!.Id,
            ChannelId = channelId,
            GrantedAt = clock.GetUtcNow().UtcDateTime,
            GrantedBy = manager.Id,
        };
        db.Add(grant);
        audit.Record(new AuditRecord("portal.editor_granted", nameof(SiteEditorGrant), grant.Id.ToString(), AuditOutcome.Success, $"{name} → {site.Value.Code} {channelId?.ToString() ?? "全站"}"));
        await db.SaveChangesAsync(cancellationToken);
        return grant.Id;
    }

    public async Task<Result> RevokeAsync(Guid siteId, Guid grantId, CancellationToken cancellationToken)
    {
        var site = await scope.SiteAsync(siteId, cancellationToken);
        if (!site.IsSuccess)
        {
            return site.Error!;
        }

        var grant = await db.Set<SiteEditorGrant>().FirstOrDefaultAsync(g => g.Id == grantId && g.SiteId == siteId, cancellationToken);
        if (grant is null)
        {
            return AuthoringErrors.GrantNotFound;
        }

        db.Remove(grant);
        audit.Record(new AuditRecord("portal.editor_revoked", nameof(SiteEditorGrant), grantId.ToString(), AuditOutcome.Success, site.Value.Code));
        await db.SaveChangesAsync(cancellationToken);
        return Result.Success();
    }
}
