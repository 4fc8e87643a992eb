using System.Security.Claims;
using EGov.Approvals.Domain.Applications;
using EGov.Platform.Results;

namespace EGov.Approvals.Applications.Handling.PreReview;

/// <summary>
/// 受理, shared by the clerk's acceptance, the deemed acceptance of 第三十二条 and the 即办件: the handling clocks start
/// from the acceptance date (第四十二条 "自受理之日起"), and the applicant receives the 受理通知书 — a written voucher
/// with the department's name and the date (第三十二条第二款).
/// </summary>
internal sealed class Acceptance(HandlingClocks clocks, HandlingNotices notices, ApplicationJournal journal)
{
    /// <param name="deemed">Accepted by law because no correction notice was sent in time; then <paramref name="acceptedOn"/> is the day the materials arrived.</param>
    public async Task<Result> AcceptAsync(HandlingCase handled, DateOnly acceptedOn, DateOnly today, bool deemed, ClaimsPrincipal? user, CancellationToken cancellationToken)
    {
        var application = handled.Application;
        (application.State, application.AcceptedOn, application.DeemedAccepted) = (ApplicationState.UnderReview, acceptedOn, deemed);
        if (clocks.StartHandling(handled, acceptedOn, deemed ? "逾期未告知补正，视为受理" : "已受理") is { IsSuccess: false } started)
        {
            return started;
        }

        var due = handled.Promised?.DueDate ?? handled.Statutory?.DueDate;
        var dueText = due is { } d ? $"本机关将于{HandlingErrors.Day(d)}前办结" : "本机关将依法及时办理";
        var statutory = handled.Statutory is { } s ? $"（法定办结期限至{HandlingErrors.Day(s.DueDate)}）" : "";
        var reason = deemed
            ? $"本机关未在收到申请材料之日起五个工作日内一次告知需要补正的全部内容，依法自收到申请材料之日（{HandlingErrors.Day(acceptedOn)}）起即为受理。"
            : $"你（单位）提交的申请，申请事项属于本机关职权范围，申请材料齐全、符合法定形式，本机关决定予以受理，受理日期为{HandlingErrors.Day(acceptedOn)}。";
        var body = new List<string> { reason, $"{dueText}{statutory}。办理进度可凭办件编号和查询码查询。" };
        var written = await notices.WriteAsync(application, DocumentKind.AcceptanceNotice, body, HandlingNotices.Law("第三十二条"), today, cancellationToken);
        if (!written.IsSuccess)
        {
            return written.Error!;
        }

        journal.Record(
            application,
            deemed ? "deemed_accepted" : "accepted",
            deemed ? "视为受理" : "受理",
            acceptedOn,
            user,
            $"{reason}{dueText}{statutory}。",
            dueDate: due);
        return Result.Success();
    }
}
