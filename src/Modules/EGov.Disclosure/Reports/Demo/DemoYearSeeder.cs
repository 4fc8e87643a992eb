using EGov.Disclosure.Domain.Agencies;
using EGov.Disclosure.Domain.Disputes;
using EGov.Disclosure.Domain.Reports;
using EGov.Disclosure.Domain.Requests;
using EGov.Disclosure.Requests;
using EGov.Platform.Audit;
using EGov.Platform.Calendar;
using EGov.Platform.Clocks;
using EGov.Platform.Data;
using EGov.Platform.Hosting;
using EGov.Platform.Identity;
using EGov.Platform.Numbering;
using EGov.Platform.Organization;
using EGov.Platform.PersonalData;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace EGov.Disclosure.Reports.Demo;

/// <summary>
/// DEMO DATA: a full year (<see cref="DemoCases.Year"/>) of requests for the district government (handled by its 办公室)
/// and some for two departments, three disputes, and the district government's published annual report for that year.
/// All in one transaction; a second run adds nothing.
/// </summary>
internal sealed class DemoYearSeeder : IDemoSeeder
{
    public int Order => 45;

    public async Task SeedAsync(IServiceProvider services, CancellationToken cancellationToken)
    {
        await using var scope = services.CreateAsyncScope();
        var sp = scope.ServiceProvider;
        var db = sp.GetRequiredService<EGovDbContext>();
        var organization = sp.GetRequiredService<IOrganizationDirectory>();
        if (await organization.FindByCodeAsync(DemoCases.Government, cancellationToken) is not { } government
            || await organization.FindByCodeAsync("xlq-zfb", cancellationToken) is not { } office
            || await db.Set<AnnualReport>().AnyAsync(r => r.AgencyId == government.Id && r.Year == DemoCases.Year, cancellationToken))
        {
            return;
        }

        var staffIds = await db.Set<UserAccount>().Where(u => u.UserName == "bgs.keyuan" || u.UserName == "bgs.zhuren")
            .ToDictionaryAsync(u => u.UserName!, u => u.Id, cancellationToken);
        if (staffIds.Count < 2)
        {
            return;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        EnsureGovernmentOffice(db, government.Id, office.Id, await db.Set<DisclosureAgency>().AnyAsync(a => a.DepartmentId == government.Id, cancellationToken));
        var time = new DemoClockTime();
        var audit = sp.GetRequiredService<IAuditLog>();
        var calendar = sp.GetRequiredService<WorkingDayCalendar>();
        var writer = new DemoCaseWriter(db, sp.GetRequiredService<INumberingService>(), sp.GetRequiredService<IPersonalDataProtector>(),
            new ClockService(db, calendar, audit, time, sp.GetRequiredService<IOptions<ClockOptions>>()),
            new RequestJournal(db, audit, time), time, calendar, DemoStaff.Of(staffIds["bgs.keyuan"], staffIds["bgs.zhuren"]),
            sp.GetRequiredService<IOptions<DisclosureOptions>>().Value.RequestNumberFormat);

        var written = new List<DisclosureRequest>();
        foreach (var c in DemoCases.All(calendar).OrderBy(c => c.ReceivedOn))
        {
            var agency = await organization.FindByCodeAsync(c.AgencyCode, cancellationToken);
            if (agency is null)
            {
                continue;
            }

            var handling = agency.Id == government.Id ? office.Id : agency.Id;
            written.Add(await writer.WriteAsync(c, agency.Id, handling, cancellationToken));
        }

        AddDisputes(db, written.Where(r => r.AgencyId == government.Id).OrderBy(r => r.ReceivedOn).ToList());
        await db.SaveChangesAsync(cancellationToken);
        await DemoReport.PublishAsync(db, government.Id, staffIds["bgs.zhuren"], sp.GetRequiredService<TimeProvider>(), cancellationToken);
        await transaction.CommitAsync(cancellationToken);
    }

    /// <summary>The district government's disclosure office is its 办公室 (the catalog's demo seeder may have stored it already).</summary>
    private static void EnsureGovernmentOffice(EGovDbContext db, Guid governmentId, Guid officeId, bool exists)
    {
        if (!exists)
        {
            db.Add(new DisclosureAgency
            {
                DepartmentId = governmentId,
                OfficeDepartmentId = officeId,
                IndexCode = "11420502MB0000000X",
                OfficeName = "西陵区人民政府办公室",
                Address = "西陵区东山大道100号",
                PostalCode = "443000",
                OfficeHours = "工作日 上午8:30—12:00，下午14:30—17:30",
                Phone = "0717-6200000",
            });
        }
    }

    private static void AddDisputes(EGovDbContext db, List<DisclosureRequest> government)
    {
        foreach (var (index, kind, result, authority, filedAfter, decidedAfter) in DemoCases.Disputes)
        {
            var request = government[index];
            var filed = request.ConcludedOn!.Value.AddDays(filedAfter);
            db.Add(new DisclosureDispute
            {
                RequestId = request.Id,
                AgencyId = request.AgencyId,
                HandlingDepartmentId = request.HandlingDepartmentId,
                Kind = kind,
                Authority = authority,
                CaseNumber = kind == DisputeKind.AdministrativeReview ? $"宜府复〔{filed.Year}〕{index + 10}号" : $"（{filed.Year}）鄂0502行初{index + 3}号",
                FiledOn = filed,
                Result = result,
                DecidedOn = result == DisputeResult.Pending ? null : filed.AddDays(decidedAfter),
            });
        }
    }
}
