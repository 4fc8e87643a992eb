using EGov.Approvals.Applications;
using EGov.Approvals.Contracts;
using EGov.Approvals.Domain.Applications;
using EGov.Approvals.Domain.Items;
using EGov.IntegrationTests.Infrastructure;
using EGov.Platform.Calendar;
using EGov.Platform.Clocks;
using EGov.Platform.Identity;
using EGov.Platform.Organization;
using EGov.Platform.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.IntegrationTests.Approvals.Handling;

/// <summary>What the builder made: the application and its item.</summary>
internal sealed record BuiltApplication(Guid Id, string Number, Guid ItemId, Guid RequiredMaterialId);

/// <summary>
/// Builds applications as intake leaves them (state Submitted, materials received on a given day, the pre_review clock of
/// 5 working days started), for an item of its own (a licensing 承诺件 by default) at a department.
/// </summary>
internal static class ApplicationBuilder
{
    public const string Xzsp = "xlq-xzsp";

    public static DateOnly Today => ChinaTime.Today(TimeProvider.System);

    public static DateOnly AddWorkingDays(PlatformFactory platform, DateOnly date, int days)
        => platform.Services.GetRequiredService<WorkingDayCalendar>().AddWorkingDays(date, days).Value.Date;

    public static async Task<BuiltApplication> CreateAsync(
        PlatformFactory platform, DateOnly? receivedOn = null, Action<ServiceItem>? item = null, string department = Xzsp, bool materialGiven = true)
    {
        await using var scope = platform.Scope();
        var services = scope.ServiceProvider;
        var db = PlatformFactory.Db(scope);
        var departmentId = (await services.GetRequiredService<IOrganizationDirectory>().FindByCodeAsync(department))!.Id;
        var shimin = await db.Set<UserAccount>().Where(u => u.UserName == "shimin").Select(u => u.Id).SingleAsync();
        var service = NewItem(departmentId);
        item?.Invoke(service);
        db.Add(service);
        var received = receivedOn ?? Today;
        var application = new Application
        {
            Number = $"T{Guid.NewGuid():N}"[..18].ToUpperInvariant(),
            QueryCodeHash = new string('0', 64),
            ItemId = service.Id,
            ItemName = service.Name,
            DepartmentId = departmentId,
            CaseKind = service.CaseKind,
            Channel = ApplicationChannel.Online,
            AccountId = shimin,
            ApplicantKind = ApplicantKind.NaturalPerson,
            ApplicantName = "张三",
            IdentityNumber = "420502199001011238",
            Phone = "13800000001",
            Address = "湖北省宜昌市西陵区东山大道100号",
            FormData = """{"shop":"张三小吃店","area":"45"}""",
            SubmittedAt = DateTime.UtcNow,
            MaterialsReceivedOn = received,
            State = ApplicationState.Submitted,
            ApplicantIndex = Guid.NewGuid().ToString("N"),
            UpdatedAt = DateTime.UtcNow,
        };
        var clock = services.GetRequiredService<ClockService>().Start(new ClockStart(
            ApprovalsClocks.Module, ApprovalsClocks.PreReview, application.Id.ToString(), $"{service.Name}（{application.Number}）预审", received, ClockLimit.WorkingDays(5))
        {
            DepartmentId = departmentId,
        }).Value;
        application.PreReviewClockId = clock.Id;
        db.Add(application);
        var required = service.Materials[0];
        if (materialGiven)
        {
            db.Add(new ApplicationMaterial { ApplicationId = application.Id, RequiredMaterialId = required.Id, Name = required.Name, PaperChecked = true, AddedAt = DateTime.UtcNow });
        }

        services.GetRequiredService<ApplicationJournal>().Record(application, "submitted", "提交申请", received, null, "已收到您的申请。");
        await db.SaveChangesAsync();
        return new BuiltApplication(application.Id, application.Number, service.Id, required.Id);
    }

    private static ServiceItem NewItem(Guid departmentId)
    {
        var code = Guid.NewGuid().ToString("N")[..10].ToUpperInvariant();
        var item = new ServiceItem
        {
            DepartmentId = departmentId,
            Name = "食品经营许可（测试）",
            BasicCode = code,
            ImplementationCode = code,
            ItemType = ItemType.Licensing,
            LegalBasis = "《中华人民共和国食品安全法》第三十五条",
            CaseKind = CaseKind.Committed,
            PromisedLimitDays = 10,
            StatutoryLimitDays = 20,
            DeliveryOptions = DeliveryOptions.Window | DeliveryOptions.Post | DeliveryOptions.Electronic,
            ResultName = "食品经营许可证",
            ResultType = ResultType.Certificate,
            Status = ItemStatus.Published,
            UpdatedAt = DateTime.UtcNow,
        };
        item.Materials.Add(new RequiredMaterial { Order = 1, Name = "食品经营许可申请书", Necessity = MaterialNecessity.Required });
        item.Materials.Add(new RequiredMaterial { Order = 2, Name = "营业执照", Necessity = MaterialNecessity.Optional });
        item.Steps.Add(new ProcessStep { Order = 1, Stage = StepStage.Acceptance, Name = "受理", LimitDays = 1 });
        item.Steps.Add(new ProcessStep { Order = 2, Stage = StepStage.Review, Name = "审查", LimitDays = 5 });
        item.Steps.Add(new ProcessStep { Order = 3, Stage = StepStage.Decision, Name = "决定", LimitDays = 2 });
        item.Steps.Add(new ProcessStep { Order = 4, Stage = StepStage.Issue, Name = "制证", LimitDays = 1 });
        item.Steps.Add(new ProcessStep { Order = 5, Stage = StepStage.Delivery, Name = "送达", LimitDays = 1 });
        return item;
    }
}
