using EGov.Approvals.Domain.Applications;
using EGov.Approvals.Domain.Items;
using EGov.IntegrationTests.Infrastructure;
using EGov.Platform.Identity;
using EGov.Platform.Organization;
using EGov.Platform.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.IntegrationTests.Approvals.Ratings;

/// <summary>Items and applications written straight into the platform's database, until the intake and handling helpers' builders exist.</summary>
internal sealed class RatingsBuilder(PlatformFactory platform)
{
    public const string Xzsp = "xlq-xzsp";

    public async Task<Guid> DepartmentAsync(string code)
    {
        await using var scope = platform.Scope();
        return (await scope.ServiceProvider.GetRequiredService<IOrganizationDirectory>().FindByCodeAsync(code))!.Id;
    }

    public async Task<Guid> AccountAsync(string userName)
    {
        await using var scope = platform.Scope();
        return await PlatformFactory.Db(scope).Set<UserAccount>().Where(u => u.UserName == userName).Select(u => u.Id).SingleAsync();
    }

    /// <summary>A published item of the department and one application for it.</summary>
    public async Task<Application> ApplicationAsync(
        string departmentCode = Xzsp,
        string? applicant = "shimin",
        ApplicationState state = ApplicationState.Concluded,
        ApplicationChannel channel = ApplicationChannel.Online,
        DateOnly? received = null,
        Action<Application>? change = null)
    {
        var department = await DepartmentAsync(departmentCode);
        var account = applicant is null ? (Guid?)null : await AccountAsync(applicant);
        var today = received ?? ChinaTime.Today(TimeProvider.System);
        var item = new ServiceItem
        {
            DepartmentId = department,
            Name = "测试评价事项",
            ImplementationCode = "T" + Guid.NewGuid().ToString("N"),
            ItemType = ItemType.Licensing,
            CaseKind = CaseKind.Committed,
            Status = ItemStatus.Published,
            OnlineDepthCodes = "3^4^5^6",
            OnlineDepthLevel = OnlineDepthLevel.Level4,
        };
        var application = new Application
        {
            Number = "T" + Guid.NewGuid().ToString("N")[..18],
            ItemId = item.Id,
            ItemName = item.Name,
            DepartmentId = department,
            CaseKind = CaseKind.Committed,
            Channel = channel,
            AccountId = account,
            ApplicantName = "张三",
            IdentityNumber = "420502199001011238",
            Phone = "13800000001",
            SubmittedAt = ChinaTime.StartOfDay(today),
            MaterialsReceivedOn = today,
            State = state,
            AcceptedOn = today,
            ConcludedOn = state == ApplicationState.Concluded ? today : null,
            ConcludedAt = state == ApplicationState.Concluded ? DateTime.UtcNow : null,
        };
        change?.Invoke(application);
        await using var scope = platform.Scope();
        var db = PlatformFactory.Db(scope);
        db.AddRange(item, application);
        await db.SaveChangesAsync();
        return application;
    }
}
