using System.Security.Claims;
using System.Text.Json;
using EGov.Approvals.Contracts;
using EGov.Approvals.Domain.Applications;
using EGov.Platform.Audit;
using EGov.Platform.Data;
using EGov.Platform.Identity;
using EGov.Platform.Notifications;
using EGov.Platform.Validation;

namespace EGov.Approvals.Applications;

/// <summary>
/// Records a step of an application: an <see cref="ApplicationStep"/> for the progress query (过程查询), an audit entry
/// <c>approvals.application.{kind}</c>, and, when the step has a public note, a notification to the applicant (site
/// message, SMS, e-mail) — all in the caller's unit of work.
/// </summary>
internal sealed class ApplicationJournal(EGovDbContext db, IAuditLog audit, INotifier notifier, TimeProvider time)
{
    /// <param name="actor">The signed-in person acting; null for the scheduler (e.g. deemed acceptance).</param>
    /// <param name="publicNote">What the applicant reads; the applicant is notified when it is given.</param>
    public ApplicationStep Record(
        Application application,
        string kind,
        string title,
        DateOnly date,
        ClaimsPrincipal? actor,
        string? publicNote = null,
        string? internalNote = null,
        DateOnly? dueDate = null)
    {
        ArgumentNullException.ThrowIfNull(application);
        var step = new ApplicationStep
        {
            ApplicationId = application.Id,
            Kind = kind,
            Title = title,
            Date = date,
            DueDate = dueDate,
            At = time.GetUtcNow().UtcDateTime,
            PublicNote = publicNote,
            InternalNote = internalNote,
            ActorId = actor?.AccountId(),
            ActorName = actor?.FindFirstValue(PlatformClaims.DisplayName) ?? actor?.Identity?.Name ?? "系统",
            StateAfter = application.State,
        };
        application.UpdatedAt = step.At;
        db.Add(step);
        var detail = JsonSerializer.Serialize(new { application.Number, state = application.State.ToString(), date, publicNote });
        audit.Record(new AuditRecord($"approvals.application.{kind}", nameof(Application), application.Id.ToString(), AuditOutcome.Success, detail));
        if (publicNote is not null)
        {
            notifier.Notify(new Notification(
                ApprovalsClocks.Module,
                $"办件 {application.Number}：{title}",
                $"您申请的“{application.ItemName}”（办件编号 {application.Number}）{title}。{publicNote}",
                application.AccountId,
                MobileNumber.IsValid(application.Phone) ? application.Phone : null, // a landline given at the window gets no SMS
                application.Email,
                application.AccountId is null ? "/services/applications/track" : $"/my/applications/{application.Id}"));
        }

        return step;
    }
}
