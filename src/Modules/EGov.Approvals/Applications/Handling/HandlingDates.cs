using EGov.Approvals.Domain.Items;
using EGov.Platform.Calendar;

namespace EGov.Approvals.Applications.Handling;

/// <summary>
/// The periods of 《行政许可法》 on the working-day calendar (第八十二条): "within N days of D" ends on the N-th working
/// day after D.
/// </summary>
internal sealed class HandlingDates(WorkingDayCalendar calendar)
{
    public DateOnly AddWorkingDays(DateOnly date, int days) => calendar.AddWorkingDays(date, days).Value.Date;

    public int WorkingDaysBetween(DateOnly from, DateOnly to) => calendar.WorkingDaysBetween(from, to).Value.WorkingDays;

    /// <summary>第三十二条: the last day for the one-time correction notice, the 5th working day after the materials arrived.</summary>
    public DateOnly LastDayForCorrectionNotice(DateOnly materialsReceivedOn) => AddWorkingDays(materialsReceivedOn, ApprovalsLimits.CorrectionNoticeDays);

    /// <summary>第三十二条: "逾期不告知的，自收到申请材料之日起即为受理" — from the day after the last day for the notice.</summary>
    public bool IsDeemedAccepted(DateOnly materialsReceivedOn, DateOnly today) => today > LastDayForCorrectionNotice(materialsReceivedOn);

    /// <summary>
    /// 第四十二条: the item's statutory limit when a law sets one ("法律、法规另有规定的，依照其规定"); a licensing item
    /// without one has the law's 20 working days, or 45 when handled jointly (第二十六条、第四十二条第二款).
    /// Other items without a statutory limit have no statutory clock.
    /// </summary>
    public static int? StatutoryDays(ServiceItem item) => item switch
    {
        { StatutoryLimitDays: > 0 and var days } => days,
        { IsLicensing: true, JointHandling: true } => ApprovalsLimits.JointDecisionDays,
        { IsLicensing: true } => ApprovalsLimits.DecisionDays,
        _ => null,
    };

    /// <summary>第四十二条: +10 working days with the agency head's approval; +15 for joint handling.</summary>
    public static int ExtensionDays(ServiceItem item) => item.JointHandling ? ApprovalsLimits.JointExtensionDays : ApprovalsLimits.ExtensionDays;

    /// <summary>The limit of the item's steps of a stage (several steps of one stage add up); null when the item sets none.</summary>
    public static int? StageDays(ServiceItem item, StepStage stage)
    {
        var steps = item.Steps.Where(s => s.Stage == stage).ToList();
        return steps.Count == 0 ? null : steps.Sum(s => s.LimitDays);
    }

    /// <summary>
    /// 第四十四条: a licence is issued and served within 10 working days of the approval decision, so for an approved
    /// licensing item the Issue step runs at most 10 days, whatever longer (or missing) limit the item sets.
    /// </summary>
    public static int? IssueDays(ServiceItem item, bool approved)
    {
        var own = StageDays(item, StepStage.Issue);
        return item.IsLicensing && approved && own is null or <= 0 or > ApprovalsLimits.IssueDays ? ApprovalsLimits.IssueDays : own;
    }

    /// <summary>The last day to issue and serve the licence (第四十四条).</summary>
    public DateOnly LastDayToIssue(DateOnly decidedOn) => AddWorkingDays(decidedOn, ApprovalsLimits.IssueDays);
}
