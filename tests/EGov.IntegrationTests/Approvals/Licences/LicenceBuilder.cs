using EGov.Approvals.Domain.Applications;
using EGov.Approvals.Domain.Items;
using EGov.Approvals.Domain.Licences;
using EGov.Approvals.Licences;
using EGov.IntegrationTests.Infrastructure;
using EGov.Platform.Identity;
using EGov.Platform.Organization;
using EGov.Platform.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.IntegrationTests.Approvals.Licences;

/// <summary>Items, approved and concluded applications and their licences, made directly for these tests.</summary>
internal sealed class LicenceBuilder(PlatformFactory platform)
{
    public const string Citizen = "shimin";
    public const string CitizenName = "张三";
    public const string CitizenId = "420502199001011238";

    public async Task<ServiceItem> ItemAsync(string departmentCode = "xlq-xzsp", int? validityYears = 5, params string[] published)
    {
        await using var scope = platform.Scope();
        var department = await scope.ServiceProvider.GetRequiredService<IOrganizationDirectory>().FindByCodeAsync(departmentCode)
            ?? throw new InvalidOperationException(departmentCode);
        var item = new ServiceItem
        {
            DepartmentId = department.Id,
            Name = $"食品经营许可（测试 {Guid.NewGuid():N}）",
            BasicCode = "000000000000",
            ImplementationCode = Guid.NewGuid().ToString("N"),
            ItemType = ItemType.Licensing,
            ResultName = "食品经营许可证",
            IssuesELicence = true,
            LicenceValidityYears = validityYears,
            PublishedFields = published.Length > 0 ? [.. published] : ["applicant", "licence_number", "business_type"],
            Status = ItemStatus.Published,
        };
        item.Fields.Add(new FormField { ItemId = item.Id, Order = 1, Key = "premises", Label = "经营场所", Kind = FieldKind.Address });
        item.Fields.Add(new FormField { ItemId = item.Id, Order = 2, Key = "business_type", Label = "主体业态", Kind = FieldKind.Choice });
        item.Fields.Add(new FormField { ItemId = item.Id, Order = 3, Key = "remark", Label = "备注", Kind = FieldKind.Text });
        var db = PlatformFactory.Db(scope);
        db.Add(item);
        await db.SaveChangesAsync();
        return item;
    }

    /// <summary>An approved, concluded application of the item by the citizen 张三 (or an organization), with its licence issued.</summary>
    public async Task<ELicence> IssuedAsync(ServiceItem item, ApplicantKind kind = ApplicantKind.NaturalPerson, string? name = null, string? identity = null)
    {
        await using var scope = platform.Scope();
        var db = PlatformFactory.Db(scope);
        var account = await db.Set<UserAccount>().Where(a => a.UserName == Citizen).Select(a => a.Id).SingleAsync();
        var now = DateTime.UtcNow;
        var today = ChinaTime.DateOf(now);
        var application = new Application
        {
            Number = $"XLSPT{Guid.NewGuid():N}"[..20],
            ItemId = item.Id,
            ItemName = item.Name,
            DepartmentId = item.DepartmentId,
            Channel = ApplicationChannel.Online,
            AccountId = account,
            ApplicantKind = kind,
            ApplicantName = name ?? CitizenName,
            IdentityNumber = identity ?? CitizenId,
            Phone = "13800000001",
            FormData = """{"premises":"湖北省宜昌市西陵区夷陵大道100号","business_type":"食品销售经营者","remark":"不公示的备注"}""",
            SubmittedAt = now,
            MaterialsReceivedOn = today,
            AcceptedOn = today,
            State = ApplicationState.Concluded,
            Decision = Decision.Approved,
            DecidedOn = today,
            ConcludedOn = today,
            ConcludedAt = now,
            UpdatedAt = now,
        };
        db.Add(application);
        await using var transaction = await db.Database.BeginTransactionAsync();
        var issued = await scope.ServiceProvider.GetRequiredService<ILicenceIssuer>().IssueAsync(application);
        Assert.True(issued.IsSuccess, issued.Error?.Message);
        await db.SaveChangesAsync();
        await transaction.CommitAsync();
        return issued.Value;
    }

    public async Task<byte[]> PdfAsync(ELicence licence)
    {
        await using var scope = platform.Scope();
        var file = await scope.ServiceProvider.GetRequiredService<LicenceFiles>().ReadAsync(licence, default);
        return file!.Content;
    }

    public async Task UpdateAsync(Guid licenceId, Action<ELicence> change)
    {
        await using var scope = platform.Scope();
        var db = PlatformFactory.Db(scope);
        change(await db.Set<ELicence>().SingleAsync(l => l.Id == licenceId));
        await db.SaveChangesAsync();
    }
}
