using System.Security.Claims;
using EGov.Approvals.Domain.Applications;
using EGov.Platform.Results;
using Microsoft.Extensions.Options;

namespace EGov.Approvals.Applications.Handling.Decisions;

/// <summary>
/// 作出决定, shared by the decider and the 即办件: the statutory period (第四十二条) ends with the decision; the Issue
/// step starts, for an approved licence at most 10 working days (第四十四条). A denial states the reason and the
/// applicant's remedies (第三十八条第二款).
/// </summary>
internal sealed class DecisionSteps(HandlingClocks clocks, ApplicationJournal journal, IOptions<ApprovalsOptions> options)
{
    public Result Decide(HandlingCase handled, Decision decision, string? reason, DateOnly today, ClaimsPrincipal user)
    {
        var application = handled.Application;
        var approved = decision == Decision.Approved;
        (application.Decision, application.DecidedOn, application.State) = (decision, today, ApplicationState.Decided);
        application.DecisionReason = string.IsNullOrWhiteSpace(reason) ? null : reason.Trim();
        application.Remedies = approved ? null : options.Value.Remedies;
        if (clocks.Stop(handled.Statutory, approved ? "准予许可" : "不予许可") is { IsSuccess: false } stopped)
        {
            return stopped;
        }

        var moved = clocks.MoveStep(handled, Domain.Items.StepStage.Issue, HandlingDates.IssueDays(handled.Item, approved), today);
        if (!moved.IsSuccess)
        {
            return moved;
        }

        var note = approved
            ? "经审查，你（单位）的申请符合法定条件、标准，本机关决定准予许可，正在制作审批结果。"
            : $"经审查，本机关决定不予许可。理由：{application.DecisionReason}。{application.Remedies}";
        journal.Record(application, "decided", approved ? "准予许可" : "不予许可", today, user, note, dueDate: handled.Step?.DueDate);
        return Result.Success();
    }
}
