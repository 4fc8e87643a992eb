using System.Security.Claims;
using EGov.Approvals.Applications;
using EGov.Approvals.Domain.Applications;
using EGov.Approvals.Domain.Ratings;
using EGov.Platform.Clocks;
using EGov.Platform.Data;
using EGov.Platform.Inbox;
using EGov.Platform.Results;
using Microsoft.Extensions.Options;

namespace EGov.Approvals.Ratings.Rectifications;

/// <summary>
/// A 差评 opens a rectification in the rating's unit of work: the clock, a to-do item for the department's holders of
/// <c>approvals.rectify</c> (谁办理、谁负责), and a message to the applicant.
/// </summary>
internal sealed class RectificationOpener(EGovDbContext db, ClockService clocks, IWorkItems workItems, ApplicationJournal journal, RectificationAudit audit, IOptions<ApprovalsOptions> options)
{
    public Result<Rectification> Open(Application application, Rating rating, DateOnly today, ClaimsPrincipal? actor)
    {
        ArgumentNullException.ThrowIfNull(application);
        ArgumentNullException.ThrowIfNull(rating);
        var rectification = new Rectification
        {
            RatingId = rating.Id,
            ApplicationId = application.Id,
            DepartmentId = application.DepartmentId,
            State = RectificationState.Open,
            OpenedOn = today,
        };
        var started = StartClock(rectification, application, today);
        if (!started.IsSuccess)
        {
            return started.Error!;
        }

        db.Add(rectification);
        var due = started.Value.DueDate;
        var callBack = rating.Named ? "安排专人回访核实，并" : "";
        journal.Record(application, "rectification_opened", "差评转办整改", today, actor,
            publicNote: $"您的评价已转交办理部门，部门将{callBack}于{due:yyyy年M月d日}前整改到位。", dueDate: due);
        audit.Record(rectification, "opened", new { rating.Overall, due });
        return rectification;
    }

    /// <summary>Starts a new clock (and to-do item) for the rectification from <paramref name="start"/>.</summary>
    public Result<StatutoryClock> StartClock(Rectification rectification, Application application, DateOnly start)
    {
        ArgumentNullException.ThrowIfNull(rectification);
        var clock = clocks.Start(RectificationClock.For(rectification.Id, application, start, options.Value.RectificationWorkingDays));
        if (!clock.IsSuccess)
        {
            return clock.Error!;
        }

        rectification.ClockId = clock.Value.Id;
        workItems.Add(RectificationWork.ForDepartment(rectification, application, clock.Value));
        return clock.Value;
    }
}
