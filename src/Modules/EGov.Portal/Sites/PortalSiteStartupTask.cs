using EGov.Platform.Data;
using EGov.Platform.Hosting;
using EGov.Platform.Organization;
using EGov.Portal.Domain.Sites;
using EGov.Portal.PublicSite;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace EGov.Portal.Sites;

/// <summary>
/// Creates the portal site (<c>www</c>) with the default channel tree and home blocks when it does not exist yet.
/// Without its department (a fresh database before the organization is entered) it waits for the next start; the
/// demo seeder calls it again once the demo organization is there.
/// </summary>
internal sealed partial class PortalSiteStartupTask(ILogger<PortalSiteStartupTask> logger) : IStartupTask
{
    public int Order => 40;

    public Task RunAsync(IServiceProvider services, CancellationToken cancellationToken) => EnsurePortalAsync(services, logger, cancellationToken);

    public static async Task EnsurePortalAsync(IServiceProvider services, ILogger logger, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var db = scope.ServiceProvider.GetRequiredService<EGovDbContext>();
        if (await db.Set<Site>().AnyAsync(s => s.IsPortal, cancellationToken))
        {
            return;
        }

        var settings = scope.ServiceProvider.GetRequiredService<PortalSiteSettings>();
        var department = await scope.ServiceProvider.GetRequiredService<IOrganizationDirectory>().FindByCodeAsync(settings.PortalDepartment, cancellationToken);
        if (department is null)
        {
            LogNoDepartment(logger, settings.PortalDepartment);
            return;
        }

        SiteProvisioner.Add(db, scope.ServiceProvider.GetRequiredService<TimeProvider>(), PortalUrls.PortalCode, settings.PortalName, department.Id, isPortal: true);
        await db.SaveChangesAsync(cancellationToken);
        await scope.ServiceProvider.GetRequiredService<PublicPageCache>().EvictAsync(cancellationToken);
    }

    [LoggerMessage(Level = LogLevel.Warning, Message = "门户网站尚未创建：主办单位 {DepartmentCode} 不存在（设置 Portal:PortalDepartment）。")]
    private static partial void LogNoDepartment(ILogger logger, string departmentCode);
}
