using EGov.Approvals.Applications.Handling;
using EGov.Approvals.Applications.Intake.Registration;
using EGov.Approvals.Contracts;
using EGov.Approvals.Domain.Applications;
using EGov.Approvals.Domain.Items;
using EGov.Platform.Calendar;
using EGov.Platform.Clocks;
using EGov.Platform.Data;
using EGov.Platform.Inbox;
using EGov.Platform.Numbering;
using EGov.Platform.PersonalData;
using EGov.Platform.Time;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace EGov.Approvals.Oversight.Demo;

/// <summary>The applicant of a demo application (an enterprise with its credit code, or a resident).</summary>
internal sealed record DemoApplicant(string Name, ApplicantKind Kind, string IdentityNumber, string Phone);

/// <summary>
/// Writes demo applications as if handled on their past days: journal steps stamped on those days (not now, so no
/// acceptance and conclusion fall in the same minute by accident), clocks started on the acceptance day.
/// </summary>
internal sealed class DemoApplicationWriter(IServiceProvider services, DateOnly today)
{
    private readonly EGovDbContext _db = services.GetRequiredService<EGovDbContext>();
    private readonly ClockService _clocks = services.GetRequiredService<ClockService>();
    private readonly WorkingDayCalendar _calendar = services.GetRequiredService<WorkingDayCalendar>();

    public DateOnly Today => today;

    /// <summary>The working day <paramref name="days"/> working days from <paramref name="date"/> (backwards when negative).</summary>
    public DateOnly WorkingDay(DateOnly date, int days) => _calendar.AddWorkingDays(date, days).Value.Date;

    public async Task<Application> NewAsync(ServiceItem item, DemoApplicant applicant, DateOnly received, CancellationToken cancellationToken)
    {
        var submitted = At(received, 9);
        var format = services.GetRequiredService<IOptions<ApprovalsOptions>>().Value.ApplicationNumberFormat;
        var number = await services.GetRequiredService<INumberingService>().NextFormattedAsync(
            $"approvals.application:{received.Year}", format, new NumberValues(Year: received.Year), cancellationToken);
        var application = new Application
        {
            Number = number,
            ItemId = item.Id,
            ItemName = item.Name,
            DepartmentId = item.DepartmentId,
            CaseKind = item.CaseKind,
            Channel = ApplicationChannel.Online,
            ApplicantKind = applicant.Kind,
            ApplicantName = applicant.Name,
            IdentityNumber = applicant.IdentityNumber,
            ApplicantIndex = services.GetRequiredService<IPersonalDataProtector>().BlindIndex(applicant.IdentityNumber),
            Phone = applicant.Phone,
            Address = "湖北省宜昌市西陵区",
            SubmittedAt = submitted,
            MaterialsReceivedOn = received,
            State = ApplicationState.Submitted,
            UpdatedAt = submitted,
            IsDemo = true,
        };
        application.QueryCodeHash = QueryCode.Hash(application.Id, QueryCode.New());
        _db.Add(application);
        foreach (var material in item.Materials.Where(m => m.Necessity == MaterialNecessity.Required))
        {
            _db.Add(new ApplicationMaterial
            {
                ApplicationId = application.Id,
                RequiredMaterialId = material.Id,
                Name = material.Name,
                PaperChecked = true,
                Check = MaterialCheck.Accepted,
                AddedAt = submitted,
            });
        }

        Step(application, "submitted", "提交申请", received, 9, $"已收到申请材料，办件编号 {application.Number}。");
        return application;
    }

    /// <summary>A journal step on <paramref name="date"/> at <paramref name="hour"/> o'clock China time.</summary>
    public void Step(Application application, string kind, string title, DateOnly date, double hour, string? note = null)
    {
        var at = At(date, hour);
        application.UpdatedAt = at;
        _db.Add(new ApplicationStep
        {
            ApplicationId = application.Id,
            Kind = kind,
            Title = title,
            Date = date,
            At = at,
            PublicNote = note,
            ActorName = "演示工作人员",
            StateAfter = application.State,
        });
    }

    /// <summary>A correction notice issued and supplied on the given days, with its two journal steps.</summary>
    public void Correction(Application application, DateOnly issued, DateOnly supplied, string material, string problem)
    {
        _db.Add(new CorrectionNotice
        {
            ApplicationId = application.Id,
            Entries = [new CorrectionEntry { MaterialName = material, Problem = problem }],
            IssuedOn = issued,
            SuppliedOn = supplied,
        });
        application.State = ApplicationState.AwaitingCorrection;
        Step(application, "correction_sent", "一次告知补正材料", issued, 10, $"请补正以下材料：{material}（{problem}）");
        application.State = ApplicationState.Submitted;
        Step(application, "correction_supplied", "已补正材料", supplied, 15);
    }

    /// <summary>受理 of a running application on <paramref name="acceptedOn"/>: the promised and statutory clocks start that day, as handling starts them.</summary>
    public void Accept(Application application, ServiceItem item, DateOnly acceptedOn)
    {
        (application.State, application.AcceptedOn) = (ApplicationState.UnderReview, acceptedOn);
        if (item.CaseKind == CaseKind.Committed && item.PromisedLimitDays > 0)
        {
            application.PromisedClockId = Start(application, ApprovalsClocks.Promised, "承诺办结时限", acceptedOn, item.PromisedLimitDays);
        }

        if (HandlingDates.StatutoryDays(item) is { } days)
        {
            application.StatutoryClockId = Start(application, ApprovalsClocks.Statutory, "法定办结时限", acceptedOn, days);
        }

        // The review is done; the decision step started yesterday and is within its limit.
        if (HandlingDates.StageDays(item, StepStage.Decision) is int decision && decision > 0)
        {
            application.StepClockId = Start(application, ApprovalsClocks.Step, "决定环节时限", WorkingDay(today, -1), decision);
        }

        Step(application, "accepted", "受理", acceptedOn, 10, "申请材料齐全、符合法定形式，予以受理。");
    }

    /// <summary>The reviewer's to-do of a running application, due with its promised clock.</summary>
    public void ReviewWork(Application application, DateOnly due) => services.GetRequiredService<IWorkItems>().Add(new NewWorkItem(
        ApprovalsClocks.Module, HandlingWork.Review, $"审查办件：{application.Number} {application.ItemName}", ApprovalsClocks.CaseUrl(ApprovalsClocks.Step, application.Id.ToString()),
        application.Id.ToString(), WorkItemAssignee.DepartmentRole(application.DepartmentId, ApprovalsPermissions.Review), due, application.PromisedClockId));

    /// <summary>决定, 出证, 送达 and 办结 on the given days (an approved application, delivered at the window).</summary>
    public void Conclude(Application application, DateOnly decided, DateOnly produced, DateOnly concluded, bool journalDecision = true)
    {
        (application.Decision, application.DecidedOn, application.State) = (Decision.Approved, decided, ApplicationState.Decided);
        if (journalDecision)
        {
            Step(application, "reviewed", "审查完毕，报请决定", decided, 9);
            Step(application, "decided", "准予许可", decided, 11);
        }

        (application.ResultProducedOn, application.State) = (produced, ApplicationState.ResultProduced);
        Step(application, "result_produced", "已出具审批结果", produced, 10, "审批结果已制作完成，请按选择的方式领取。");
        (application.DeliveryMethod, application.DeliveredOn, application.DeliveryNote, application.State) = (DeliveryOptions.Window, concluded, "窗口领取", ApplicationState.Delivered);
        Step(application, "delivered", "已送达", concluded, 14, "审批结果已以窗口领取方式送达。");
        (application.ConcludedOn, application.ConcludedAt, application.State) = (concluded, At(concluded, 16), ApplicationState.Concluded);
        Step(application, "concluded", "已办结", concluded, 16, "您的办件已办结。");
    }

    private Guid Start(Application application, string caseType, string what, DateOnly start, int days) => _clocks.Start(new ClockStart(
        ApprovalsClocks.Module, caseType, application.Id.ToString(), $"{application.ItemName}（{application.Number}）{what}", start, ClockLimit.WorkingDays(days))
    {
        DepartmentId = application.DepartmentId,
        Item = application.ItemName,
    }).Value.Id;

    private static DateTime At(DateOnly date, double hour) => ChinaTime.StartOfDay(date).AddHours(hour);
}
