using EGov.Disclosure.Domain.Requests;
using EGov.IntegrationTests.Infrastructure;
using EGov.Platform.Organization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.IntegrationTests.Disclosure.Reports;

/// <summary>Reads and adds disclosure data directly, independently of the report's own queries.</summary>
internal static class ReportTestData
{
    public static async Task<Guid> DepartmentAsync(PlatformFactory platform, string code)
    {
        await using var scope = platform.Scope();
        return (await scope.ServiceProvider.GetRequiredService<IOrganizationDirectory>().FindByCodeAsync(code))!.Id;
    }

    public static async Task<List<DisclosureRequest>> RequestsAsync(PlatformFactory platform, Guid agencyId)
    {
        await using var scope = platform.Scope();
        return await PlatformFactory.Db(scope).Set<DisclosureRequest>().AsNoTracking().Where(r => r.AgencyId == agencyId).ToListAsync();
    }

    /// <summary>A natural person's request concluded in <paramref name="year"/> without an outcome: an inconsistent record.</summary>
    public static async Task AddConcludedWithoutOutcomeAsync(PlatformFactory platform, Guid agencyId, Guid officeId, int year)
    {
        await using var scope = platform.Scope();
        var db = PlatformFactory.Db(scope);
        db.Add(new DisclosureRequest
        {
            Number = $"T{Guid.NewGuid():N}",
            QueryCodeHash = new string('0', 64),
            AgencyId = agencyId,
            HandlingDepartmentId = officeId,
            ApplicantType = ApplicantType.NaturalPerson,
            ApplicantName = "测试申请人",
            IdentityDocumentKind = "居民身份证",
            IdentityNumber = "420502199001011237",
            Phone = "13900000000",
            Description = "测试用的不一致记录",
            Channel = RequestChannel.InPerson,
            SubmittedAt = new DateTime(year, 3, 1, 2, 0, 0, DateTimeKind.Utc),
            ReceivedOn = new DateOnly(year, 3, 1),
            ConcludedOn = new DateOnly(year, 3, 20),
            State = RequestState.Archived,
        });
        await db.SaveChangesAsync();
    }
}
