using System.Security.Claims;
using EGov.Approvals.Contracts;
using EGov.Approvals.Domain.Applications;
using EGov.Platform.Clocks;
using EGov.Platform.Data;
using EGov.Platform.Identity;
using EGov.Platform.Inbox;
using EGov.Platform.Numbering;
using EGov.Platform.PersonalData;
using EGov.Platform.Results;
using EGov.Platform.Time;
using Microsoft.Extensions.Options;

namespace EGov.Approvals.Applications.Intake.Registration;

/// <summary>
/// Stores a checked application in one transaction: materials, number (办件编号), query-code hash, the
/// <c>pre_review</c> clock of 5 working days from the day the materials arrived (行政许可法 第三十二条), the
/// pre-review to-do of the department's acceptors, the first step, and at the window the 收件凭证.
/// </summary>
internal sealed class ApplicationRegistrar(
    EGovDbContext db,
    INumberingService numbering,
    IPersonalDataProtector protector,
    ClockService clocks,
    IWorkItems workItems,
    ApplicationJournal journal,
    MaterialIntake materials,
    WindowReceipt receipts,
    IOptions<ApprovalsOptions> options,
    TimeProvider time)
{
    public async Task<Result<RegisteredApplication>> RegisterAsync(
        IntakeRequest request, IReadOnlyDictionary<Guid, ApplicationMaterial> reused, ClaimsPrincipal actor, CancellationToken cancellationToken)
    {
        var application = New(request, actor);
        var errors = new IntakeErrors();
        var stored = await materials.StoreAsync(application, request.Item, request.Materials, reused, actor.AccountId(), errors, cancellationToken);
        if (!stored.IsSuccess)
        {
            db.ChangeTracker.Clear();
            return stored.Error!;
        }

        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var year = ChinaTime.Today(time).Year;
        application.Number = await numbering.NextFormattedAsync(
            $"approvals.application:{year}", options.Value.ApplicationNumberFormat, new NumberValues(Year: year), cancellationToken);
        var code = QueryCode.New();
        application.QueryCodeHash = QueryCode.Hash(application.Id, code);
        db.Add(application);
        var clock = clocks.Start(new ClockStart(
            ApprovalsClocks.Module, ApprovalsClocks.PreReview, application.Id.ToString(), $"预审 {application.Number} {application.ItemName}",
            application.MaterialsReceivedOn, ClockLimit.WorkingDays(ApprovalsLimits.CorrectionNoticeDays))
        { DepartmentId = application.DepartmentId, Item = application.ItemName });
        if (!clock.IsSuccess)
        {
            db.ChangeTracker.Clear();
            return clock.Error!;
        }

        var due = clock.Value.DueDate;
        application.PreReviewClockId = clock.Value.Id;
        workItems.Add(new NewWorkItem(
            ApprovalsClocks.Module, "application.pre_review", $"预审：{application.ItemName}（{application.Number}）", IntakeUrls.Office(application.Id),
            application.Id.ToString(), WorkItemAssignee.DepartmentRole(application.DepartmentId, ApprovalsPermissions.Accept), due, clock.Value.Id));
        var window = request.Channel == ApplicationChannel.Window;
        journal.Record(application, "submitted", window ? "窗口收件" : "提交申请", application.MaterialsReceivedOn, actor,
            $"已收到申请材料，办件编号 {application.Number}。将于 {due:yyyy年M月d日} 前完成材料审查，需要补正的会一次告知。", dueDate: due);
        Guid? receipt = null;
        if (window)
        {
            var written = await receipts.AddAsync(application, code, request, due, cancellationToken);
            if (!written.IsSuccess)
            {
                db.ChangeTracker.Clear();
                return written.Error!;
            }

            receipt = written.Value;
        }

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return new RegisteredApplication(
            application.Id, application.Number, code, application.ItemName, application.SubmittedAt, application.Channel, application.MaterialsReceivedOn, due, receipt);
    }

    private Application New(IntakeRequest request, ClaimsPrincipal actor)
    {
        var now = time.GetUtcNow().UtcDateTime;
        var a = request.Applicant;
        var window = request.Channel == ApplicationChannel.Window;
        return new Application
        {
            ItemId = request.Item.Id,
            ItemName = request.Item.Name,
            DepartmentId = request.Item.DepartmentId,
            CaseKind = request.Item.CaseKind,
            Channel = request.Channel,
            AccountId = request.AccountId,
            ApplicantKind = a.Kind,
            ApplicantName = a.Name,
            IdentityNumber = a.IdentityNumber,
            ApplicantIndex = protector.BlindIndex(a.IdentityNumber),
            LegalRepresentative = a.LegalRepresentative,
            AgentName = a.AgentName,
            Phone = a.Phone,
            Email = a.Email,
            Address = a.Address,
            FormData = request.Form.Json,
            SubmittedAt = now,
            MaterialsReceivedOn = request.ReceivedOn,
            State = ApplicationState.Submitted,
            RegisteredBy = window ? actor.AccountId() : null,
            UpdatedAt = now,
        };
    }
}
