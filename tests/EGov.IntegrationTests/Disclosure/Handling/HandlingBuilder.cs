using System.Text;
using EGov.Disclosure.Contracts;
using EGov.Disclosure.Domain.Requests;
using EGov.Disclosure.Requests.Intake.Receipt;
using EGov.IntegrationTests.Infrastructure;
using EGov.Platform.Calendar;
using EGov.Platform.Clocks;
using EGov.Platform.Crypto;
using EGov.Platform.Organization;
using EGov.Platform.Time;
using Microsoft.Extensions.DependencyInjection;

namespace EGov.IntegrationTests.Disclosure.Handling;

/// <summary>A request received on a given day and handled by an office, as intake leaves it: state Handling, the reply clock running.</summary>
internal sealed record BuiltRequest(Guid Id, string Number, string QueryCode);

/// <summary>Builds requests directly in the database (entity, clock started on the receipt day, the journal's first step).</summary>
internal static class HandlingBuilder
{
    public const string Office = "xlq-zfb";

    public static DateOnly Today => ChinaTime.Today(TimeProvider.System);

    /// <summary>Today when it is a working day, otherwise the next working day: periods ending "today" are counted from here.</summary>
    public static DateOnly Anchor(PlatformFactory platform)
    {
        var calendar = platform.Services.GetRequiredService<WorkingDayCalendar>();
        return calendar.IsWorkingDay(Today) ? Today : calendar.AddWorkingDays(Today, 1).Value.Date;
    }

    public static DateOnly AddWorkingDays(PlatformFactory platform, DateOnly date, int days)
        => platform.Services.GetRequiredService<WorkingDayCalendar>().AddWorkingDays(date, days).Value.Date;

    public static async Task<BuiltRequest> CreateAsync(
        PlatformFactory platform, DateOnly receivedOn, string? applicantIndex = null, string office = Office, DateTime? submittedAt = null)
    {
        await using var scope = platform.Scope();
        var services = scope.ServiceProvider;
        var departments = services.GetRequiredService<IOrganizationDirectory>();
        var handling = (await departments.FindByCodeAsync(office))!.Id;
        var agency = (await departments.TreeAsync()).First(d => d.Depth == 0).Id;
        var code = Guid.NewGuid().ToString("N")[..8].ToUpperInvariant();
        var request = new DisclosureRequest
        {
            Number = $"T{Guid.NewGuid():N}"[..20],
            AgencyId = agency,
            HandlingDepartmentId = handling,
            ApplicantType = ApplicantType.NaturalPerson,
            ApplicantName = "张三",
            IdentityDocumentKind = "居民身份证",
            IdentityNumber = "420502199001011238",
            Phone = "13812345678",
            Address = "湖北省宜昌市西陵区东山大道100号",
            Description = "西陵区2026年老旧小区改造项目的批复文件",
            InformationForm = InformationForm.Electronic,
            DeliveryMethod = DeliveryMethod.Online,
            Channel = RequestChannel.InPerson,
            SubmittedAt = submittedAt ?? DateTime.UtcNow,
            ReceivedOn = receivedOn,
            State = RequestState.Handling,
            ApplicantIndex = applicantIndex ?? Guid.NewGuid().ToString("N"),
            UpdatedAt = DateTime.UtcNow,
        };
        request.QueryCodeHash = QueryCode.Hash(request.Id, code);
        var clock = services.GetRequiredService<ClockService>().Start(new ClockStart(
            DisclosureClocks.Module, DisclosureClocks.Request, request.Id.ToString(), $"依申请公开：{request.Number}", receivedOn, ClockLimit.WorkingDays(20))
        {
            DepartmentId = handling,
        }).Value;
        request.ClockId = clock.Id;
        var db = PlatformFactory.Db(scope);
        db.Add(request);
        services.GetRequiredService<EGov.Disclosure.Requests.RequestJournal>().Record(request, "received", "收到申请", receivedOn, null, "已收到您的申请。");
        await db.SaveChangesAsync();
        return new BuiltRequest(request.Id, request.Number, code);
    }
}
