using EGov.Disclosure.Domain.Agencies;
using EGov.Disclosure.Domain.Catalog;
using EGov.Platform.Calendar;
using EGov.Platform.Data;
using EGov.Platform.Hosting;
using EGov.Platform.Identity;
using EGov.Platform.Organization;
using EGov.Platform.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.Disclosure.Catalog.Demo;

/// <summary>
/// DEMO DATA: guide settings of 西陵区人民政府 (office: 区政府办公室), 区市场监管局 and 区财政局, and their catalog
/// (<see cref="DemoCatalogItems"/>), all <see cref="CatalogItem.IsDemo"/>. A second run adds nothing.
/// </summary>
internal sealed class CatalogDemoSeeder : IDemoSeeder
{
    public int Order => 41;

    public async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using (var scope = services.CreateAsyncScope())
        {
            await AddSettingsAsync(scope.ServiceProvider, cancellationToken);
        }

        await using (var scope = services.CreateAsyncScope())
        {
            var db = scope.ServiceProvider.GetRequiredService<EGovDbContext>();
            if (await db.Set<CatalogItem>().AnyAsync(i => i.IsDemo, cancellationToken))
            {
                return;
            }
        }

        var (author, reviewer) = await AccountsAsync(services, cancellationToken);
        var today = ChinaTime.Today(services.GetRequiredService<TimeProvider>());
        var overdueFrom = services.GetRequiredService<WorkingDayCalendar>().AddWorkingDays(today, -30).Value.Date;
        var all = DemoCatalogItems.Published.Concat(DemoCatalogItems.Unpublished).Append(DemoCatalogItems.Overdue(overdueFrom)).OrderBy(i => i.GeneratedOn);
        foreach (var demo in all)
        {
            await using var scope = services.CreateAsyncScope();
            await new CatalogDemoWriter(scope.ServiceProvider, author, reviewer).WriteAsync(demo, cancellationToken);
        }
    }

    private static async Task AddSettingsAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        var db = services.GetRequiredService<EGovDbContext>();
        var organization = services.GetRequiredService<IOrganizationDirectory>();
        var now = services.GetRequiredService<TimeProvider>().GetUtcNow().UtcDateTime;
        foreach (var (code, officeCode, settings) in DemoAgencySettings.All)
        {
            if (await organization.FindByCodeAsync(code, cancellationToken) is not { } agency
                || await organization.FindByCodeAsync(officeCode, cancellationToken) is not { } office
                || await db.Set<DisclosureAgency>().AnyAsync(a => a.DepartmentId == agency.Id, cancellationToken))
            {
                continue;
            }

            db.Add(new DisclosureAgency
            {
                DepartmentId = agency.Id,
                OfficeDepartmentId = office.Id,
                IndexCode = settings.IndexCode,
                OfficeName = settings.OfficeName,
                Address = settings.Address,
                PostalCode = settings.PostalCode,
                OfficeHours = settings.OfficeHours,
                Phone = settings.Phone,
                Fax = settings.Fax,
                Email = settings.Email,
                GuideText = settings.GuideText,
                UpdatedAt = now,
                Version = 1,
            });
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>The demo clerk of the district government's office writes the items, the demo confidentiality reviewer passes them.</summary>
    private static async Task<(Guid Author, Guid Reviewer)> AccountsAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<EGovDbContext>().Set<UserAccount>();
        var author = await users.Where(u => u.UserName == "bgs.keyuan").Select(u => u.Id).FirstOrDefaultAsync(cancellationToken);
        var reviewer = await users.Where(u => u.UserName == "baomi").Select(u => u.Id).FirstOrDefaultAsync(cancellationToken);
        return (author, reviewer);
    }
}
