using System.Security.Claims;
using EGov.Approvals.Contracts;
using EGov.Approvals.Domain.Applications;
using EGov.Platform.Identity;
using EGov.Platform.Results;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace EGov.Approvals.Applications.Handling.PreReview;

/// <summary>
/// 不予受理 (第三十二条第一款、第二款): a written decision with the reason and the applicant's remedies; the
/// application is concluded. Not once the application counts as accepted by law (no notice within 5 working days).
/// </summary>
internal sealed class RejectHandler(
    HandlingUnit unit, HandlingDates dates, HandlingClocks clocks, HandlingNotices notices, HandlingWork work, ApplicationJournal journal, IOptions<ApprovalsOptions> options)
{
    public async Task<Result> HandleAsync(Guid id, string? reason, long? version, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(reason))
        {
            return HandlingErrors.Required("Reason", "不予受理的理由");
        }

        var loaded = await unit.LoadAsync(id, ApprovalsPermissions.Accept, version, cancellationToken);
        if (!loaded.IsSuccess)
        {
            return loaded.Error!;
        }

        var handled = loaded.Value;
        var application = handled.Application;
        if (application.State is not (ApplicationState.Submitted or ApplicationState.AwaitingCorrection))
        {
            return HandlingErrors.WrongState(application.State, "作出不予受理决定");
        }

        var today = unit.Today;
        if (!await unit.Db.Set<CorrectionNotice>().AnyAsync(n => n.ApplicationId == id, cancellationToken)
            && dates.IsDeemedAccepted(application.MaterialsReceivedOn, today))
        {
            return Error.Conflict(
                "approvals.already_deemed_accepted",
                $"本办件于{HandlingErrors.Day(application.MaterialsReceivedOn)}收到申请材料，五个工作日内未告知补正，依法自收到之日起即为受理（《行政许可法》第三十二条），不能再作出不予受理决定，请予以受理后依法审查。");
        }

        var remedies = options.Value.Remedies;
        (application.State, application.DecisionReason, application.Remedies) = (ApplicationState.Rejected, reason.Trim(), remedies);
        (application.ConcludedOn, application.ConcludedAt) = (today, unit.Now);
        if (clocks.StopAll(handled, "不予受理") is { IsSuccess: false } stopped)
        {
            return stopped;
        }

        var body = new[] { $"你（单位）提交的申请，经审查，本机关决定不予受理。理由：{reason.Trim()}", remedies };
        var written = await notices.WriteAsync(application, DocumentKind.RejectionDecision, body, HandlingNotices.Law("第三十二条"), today, cancellationToken);
        if (!written.IsSuccess)
        {
            return written.Error!;
        }

        journal.Record(application, "rejected", "不予受理", today, user, $"理由：{reason.Trim()}。{remedies}");
        await work.MoveAsync(handled, user.AccountId(), cancellationToken);
        return await unit.SaveAsync(handled, cancellationToken);
    }
}
