using System.Security.Claims;
using EGov.Approvals.Domain;
using EGov.Approvals.Domain.Applications;
using EGov.Approvals.Domain.Items;
using EGov.Approvals.Licences;
using EGov.Platform.Results;

namespace EGov.Approvals.Applications.Handling.Results;

/// <summary>
/// 制证/出文, shared by the issuer and the 即办件: the written decision (准予许可决定书, or 不予许可决定书 with the
/// reason and remedies, 第三十八条), and for an approved item that issues one the signed 电子证照 (第三十九条、第四十四条).
/// </summary>
internal sealed class ResultSteps(HandlingClocks clocks, HandlingNotices notices, HandlingDates dates, ApplicationJournal journal, IEnumerable<ILicenceIssuer> issuers)
{
    /// <summary>Produces the documents; returns the licence step to run inside the save's transaction (null when none).</summary>
    public async Task<Result<Func<Task<Result>>?>> ProduceAsync(HandlingCase handled, DateOnly today, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var (application, item) = (handled.Application, handled.Item);
        var approved = application.Decision == Decision.Approved;
        var issuer = issuers.FirstOrDefault();
        if (approved && item.IssuesELicence && issuer is null)
        {
            return HandlingErrors.LicenceIssuerMissing;
        }

        string[] body = approved
            ? [$"你（单位）于{HandlingErrors.Day(application.MaterialsReceivedOn)}提出的申请，经审查，符合法定条件、标准，本机关决定准予许可。", ResultText(item)]
            : [$"你（单位）于{HandlingErrors.Day(application.MaterialsReceivedOn)}提出的申请，经审查，本机关决定不予许可。理由：{application.DecisionReason}", application.Remedies ?? ""];
        var kind = approved ? DocumentKind.ApprovalDecision : DocumentKind.DenialDecision;
        var written = await notices.WriteAsync(application, kind, body, HandlingNotices.Law(approved ? "第三十八条第一款" : "第三十八条第二款"), today, cancellationToken);
        if (!written.IsSuccess)
        {
            return written.Error!;
        }

        (application.ResultProducedOn, application.State) = (today, ApplicationState.ResultProduced);
        if (clocks.MoveStep(handled, StepStage.Delivery, DeliveryDays(handled, today), today) is { IsSuccess: false } moved)
        {
            return moved.Error!;
        }

        var title = approved ? item.ResultName ?? ApprovalsNames.Of(kind) : ApprovalsNames.Of(kind);
        journal.Record(application, "result_produced", $"已出具{title}", today, user,
            approved ? $"{title}已制作完成，请按选择的方式领取。" : $"{ApprovalsNames.Of(kind)}已制作完成，可在办件文书中查看。", dueDate: handled.Step?.DueDate);
        if (!approved || !item.IssuesELicence)
        {
            return (Func<Task<Result>>?)null;
        }

        return (Func<Task<Result>>?)(async () =>
        {
            var issued = await issuer!.IssueAsync(application, cancellationToken);
            if (!issued.IsSuccess)
            {
                return issued.Error!;
            }

            journal.Record(application, "licence_issued", "电子证照已签发", today, user, $"电子证照“{issued.Value.Title}”（编号 {issued.Value.Number}）已签发，可在办件文书中下载，并可扫描证照上的二维码核验。");
            return Result.Success();
        });
    }

    private static string ResultText(ServiceItem item) => item.ResultName is { Length: > 0 } name
        ? $"本机关将依法向你（单位）颁发{name}。"
        : "本决定即为审批结果。";

    /// <summary>
    /// The item's Delivery step; for an approved licence never past the 10th working day after the decision (第四十四条:
    /// 颁发、送达 within 10 days), counted from the day the result was produced.
    /// </summary>
    private int? DeliveryDays(HandlingCase handled, DateOnly today)
    {
        var own = HandlingDates.StageDays(handled.Item, StepStage.Delivery);
        var application = handled.Application;
        if (!handled.Item.IsLicensing || application.Decision != Decision.Approved || application.DecidedOn is not { } decided)
        {
            return own;
        }

        var left = dates.WorkingDaysBetween(today, dates.LastDayToIssue(decided));
        return left <= 0 ? own : own is > 0 && own < left ? own : left;
    }
}
