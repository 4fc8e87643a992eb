using EGov.Disclosure.Domain.Agencies;
using EGov.Disclosure.Domain.Requests;
using EGov.IntegrationTests.Infrastructure;
using EGov.Platform.Organization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.IntegrationTests.Disclosure.Letters;

/// <summary>The district government as a disclosure agency whose office is 区政府办 (xlq-zfb), and requests to it.</summary>
internal sealed class LetterTestData(PlatformFactory platform)
{
    /// <summary>Stores the district government's agency settings unless another test (or the demo data) already did.</summary>
    public async Task<(Guid Government, Guid Office)> GovernmentAsync()
    {
        await using var scope = platform.Scope();
        var organization = scope.ServiceProvider.GetRequiredService<IOrganizationDirectory>();
        var government = (await organization.FindByCodeAsync("xlq"))!.Id;
        var office = (await organization.FindByCodeAsync("xlq-zfb"))!.Id;
        var db = PlatformFactory.Db(scope);
        if (!await db.Set<DisclosureAgency>().AnyAsync(a => a.DepartmentId == government))
        {
            db.Add(new DisclosureAgency { DepartmentId = government, OfficeDepartmentId = office, IndexCode = "XLQ", OfficeName = "宜昌市西陵区人民政府办公室" });
            try
            {
                await db.SaveChangesAsync();
            }
            catch (DbUpdateException)
            {
                // the other test class of the collection stored it at the same moment
            }
        }

        return (government, office);
    }

    /// <summary>A request under handling with a drafted 部分公开 reply.</summary>
    public async Task<Guid> PartlyDisclosedRequestAsync(string replyText)
    {
        var (government, office) = await GovernmentAsync();
        await using var scope = platform.Scope();
        var db = PlatformFactory.Db(scope);
        var request = new DisclosureRequest
        {
            Number = $"T{Guid.NewGuid().ToString("N")[..10].ToUpperInvariant()}",
            AgencyId = government,
            HandlingDepartmentId = office,
            ApplicantType = ApplicantType.NaturalPerson,
            ApplicantName = "张三",
            IdentityDocumentKind = "居民身份证",
            Description = "西陵区2025年度老旧小区改造项目的立项批复",
            InformationForm = InformationForm.Electronic,
            DeliveryMethod = DeliveryMethod.Online,
            Channel = RequestChannel.InPerson,
            SubmittedAt = new DateTime(2026, 11, 2, 2, 0, 0, DateTimeKind.Utc),
            ReceivedOn = new DateOnly(2026, 11, 2),
            State = RequestState.ReplyDrafted,
        };
        db.Add(request);
        db.Add(new Reply { RequestId = request.Id, Outcome = ReplyOutcome.PartiallyDisclosed, Text = replyText, DraftedBy = Guid.NewGuid(), DraftedAt = request.SubmittedAt });
        await db.SaveChangesAsync();
        return request.Id;
    }
}
