using EGov.Platform.Audit;
using EGov.Platform.Data;
using EGov.Platform.Results;
using EGov.Portal.Authoring.Editing;
using EGov.Portal.Authoring.Scope;
using EGov.Portal.Domain.Sites;
using EGov.Portal.PublicSite;
using EGov.Portal.Sites;
using Microsoft.EntityFrameworkCore;

namespace EGov.Portal.Authoring.Sites;

/// <param name="Code">Only when creating; fixed afterwards because public addresses are built from it.</param>
/// <param name="DepartmentId">The unit that runs the site (主办单位); only when creating.</param>
internal sealed record SiteFields(string? Code, string? Name, Guid DepartmentId, string? HostName, string? Description, int SortOrder, bool IsOpen, long Version);

/// <summary>
/// Creates department sub-sites and edits sites in the manager's scope. 指引: at most one site per unit, so a unit that
/// already runs a site gets no second one (special campaigns are channels, 专栏).
/// </summary>
internal sealed class SaveSiteHandler(EGovDbContext db, ManagerScope scope, IAuditLog audit, PublicPageCache cache, TimeProvider clock)
{
    public async Task<Result<Guid>> CreateAsync(SiteFields f, CancellationToken cancellationToken)
    {
        var code = f.Code?.Trim().ToLowerInvariant() ?? "";
        var errors = Check(f);
        if (!SiteCodes.IsSiteCode(code))
        {
            errors.Add(nameof(f.Code), "站点代码只能用小写字母和数字（不超过 40 个字符），如 scjg。");
        }
        else if (code == PortalUrls.PortalCode || await db.Set<Site>().AnyAsync(s => s.Code == code, cancellationToken))
        {
            errors.Add(nameof(f.Code), "该站点代码已被使用。");
        }

        if (!(await scope.DepartmentsAsync(cancellationToken)).Contains(f.DepartmentId))
        {
            errors.Add(nameof(f.DepartmentId), "请选择您管理范围内的主办单位。");
        }
        else if (await db.Set<Site>().AnyAsync(s => s.DepartmentId == f.DepartmentId, cancellationToken))
        {
            errors.Add(nameof(f.DepartmentId), "该单位已开设网站：按《政府网站发展指引》，一个单位最多开设一个网站，专题内容请开设专栏。");
        }

        await CheckHostAsync(errors, f.HostName, null, cancellationToken);
        if (errors.Any)
        {
            return errors.ToError("portal.site_invalid");
        }

        var site = new Site { Id = Guid.CreateVersion7(clock.GetUtcNow()), Code = code, DepartmentId = f.DepartmentId };
        Apply(site, f);
        site.Version = 1;
        db.Add(site);
        audit.Record(new AuditRecord("portal.site_created", nameof(Site), site.Id.ToString(), AuditOutcome.Success, $"{site.Code} {site.Name}"));
        await db.SaveChangesAsync(cancellationToken);
        await cache.EvictAsync(cancellationToken);
        return site.Id;
    }

    public async Task<Result> UpdateAsync(Guid id, SiteFields f, CancellationToken cancellationToken)
    {
        var found = await scope.SiteAsync(id, cancellationToken);
        if (!found.IsSuccess)
        {
            return found.Error!;
        }

        var site = found.Value;
        if (site.Version != f.Version)
        {
            return AuthoringErrors.SiteChanged;
        }

        var errors = Check(f);
        await CheckHostAsync(errors, f.HostName, id, cancellationToken);
        if (errors.Any)
        {
            return errors.ToError("portal.site_invalid");
        }

        Apply(site, f);
        site.Version = f.Version + 1;
        db.Entry(site).Property(s => s.Version).OriginalValue = f.Version;
        audit.Record(new AuditRecord("portal.site_updated", nameof(Site), site.Id.ToString(), AuditOutcome.Success, $"{site.Name} {(site.IsOpen ? "开放" : "关闭")}"));
        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return AuthoringErrors.SiteChanged;
        }

        await cache.EvictAsync(cancellationToken);
        return Result.Success();
    }

    private static void Apply(Site site, SiteFields f)
    {
        site.Name = f.Name!.Trim();
        site.HostName = ArticleValidation.Clean(f.HostName)?.ToLowerInvariant();
        site.Description = ArticleValidation.Clean(f.Description);
        site.SortOrder = f.SortOrder;
        site.IsOpen = f.IsOpen;
    }

    private static FormErrors Check(SiteFields f)
    {
        var errors = new FormErrors();
        if ((f.Name?.Trim().Length ?? 0) is 0 or > 100)
        {
            errors.Add(nameof(f.Name), "请填写站点名称（不超过 100 个字）。");
        }

        if ((f.Description?.Trim().Length ?? 0) > 500)
        {
            errors.Add(nameof(f.Description), "简介不能超过 500 个字。");
        }

        return errors;
    }

    private async Task CheckHostAsync(FormErrors errors, string? hostName, Guid? siteId, CancellationToken cancellationToken)
    {
        var host = ArticleValidation.Clean(hostName)?.ToLowerInvariant();
        if (host is null)
        {
            return;
        }

        if (!SiteCodes.IsHostName(host))
        {
            errors.Add(nameof(SiteFields.HostName), "域名格式不正确，如 scjg.xiling.gov.cn（不带 http://）。");
        }
        else if (await db.Set<Site>().AnyAsync(s => s.HostName == host && s.Id != siteId, cancellationToken))
        {
            errors.Add(nameof(SiteFields.HostName), "该域名已被其他站点使用。");
        }
    }
}
