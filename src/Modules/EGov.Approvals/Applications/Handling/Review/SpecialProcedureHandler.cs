using System.Security.Claims;
using EGov.Approvals.Contracts;
using EGov.Approvals.Domain.Applications;
using EGov.Platform.Clocks;
using EGov.Platform.Results;
using Microsoft.EntityFrameworkCore;

namespace EGov.Approvals.Applications.Handling.Review;

/// <summary>
/// 特别程序 (第四十五条): hearing, tender, auction, inspection/testing/quarantine, appraisal and expert review are not
/// counted in the handling periods; the applicant is told the time needed in writing. The promised, statutory and step
/// clocks pause from the start and resume at the end.
/// </summary>
internal sealed class SpecialProcedureHandler(HandlingUnit unit, HandlingClocks clocks, HandlingNotices notices, ApplicationJournal journal)
{
    /// <summary>The platform pause reasons that 第四十五条 lists.</summary>
    public static readonly string[] Reasons =
        [PauseReasons.Hearing, PauseReasons.Tender, PauseReasons.Auction, PauseReasons.Inspection, PauseReasons.Appraisal, PauseReasons.ExpertReview];

    /// <param name="startedOn">The day the procedure began (default today); the clocks pause from it.</param>
    public async Task<Result> StartAsync(
        Guid id, string? reason, string? description, int? expectedDays, DateOnly? startedOn, long? version, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var invalid = (reason, description, expectedDays) switch
        {
            _ when reason is null || !Reasons.Contains(reason) => HandlingErrors.Field("approvals.procedure_reason", "Reason", "请选择特别程序的种类（听证、招标、拍卖、检验检测检疫、鉴定或专家评审）。"),
            _ when string.IsNullOrWhiteSpace(description) => HandlingErrors.Required("Description", "特别程序的内容"),
            (_, _, not (>= 1 and <= 365)) => HandlingErrors.Field("approvals.procedure_days", "ExpectedDays", "请填写所需时间（1至365个工作日）。"),
            _ => null,
        };
        if (invalid is not null)
        {
            return invalid;
        }

        var loaded = await unit.LoadAsync(id, ApprovalsPermissions.Review, version, cancellationToken);
        if (!loaded.IsSuccess)
        {
            return loaded.Error!;
        }

        var handled = loaded.Value;
        if (handled.State != ApplicationState.UnderReview)
        {
            return HandlingErrors.WrongState(handled.State, "启动特别程序");
        }

        if (await unit.Db.Set<SpecialProcedure>().AnyAsync(p => p.ApplicationId == id && p.EndedOn == null, cancellationToken))
        {
            return HandlingErrors.ProcedureOpen;
        }

        var start = startedOn ?? unit.Today;
        if (start > unit.Today)
        {
            return HandlingErrors.FutureDate("StartedOn");
        }

        if (handled.Application.AcceptedOn is { } accepted && start < accepted)
        {
            return HandlingErrors.Field("approvals.date_too_early", "StartedOn", $"开始日期不能早于受理日期（{HandlingErrors.Day(accepted)}）。");
        }

        var name = PauseReasons.Names[reason!];
        var procedure = new SpecialProcedure { ApplicationId = id, Reason = reason!, Description = description!.Trim(), StartedOn = start, ExpectedDays = expectedDays!.Value };
        unit.Db.Add(procedure);
        if (clocks.PauseHandling(handled, reason!, start, procedure.Description) is { IsSuccess: false } paused)
        {
            return paused;
        }

        var told = $"本机关需要对你（单位）的申请进行{name}：{procedure.Description}。所需时间约{procedure.ExpectedDays}个工作日，自{HandlingErrors.Day(start)}起，该时间不计算在办理期限内。";
        var written = await notices.WriteAsync(handled.Application, DocumentKind.SpecialProcedureNotice, [told], HandlingNotices.Law("第四十五条"), unit.Today, cancellationToken);
        if (!written.IsSuccess)
        {
            return written.Error!;
        }

        procedure.NoticeDocumentId = written.Value.Id;
        journal.Record(handled.Application, "special_procedure_started", $"{name}（不计入办理期限）", start, user, told);
        return await unit.SaveAsync(handled, cancellationToken);
    }

    public async Task<Result> EndAsync(Guid id, string? outcome, DateOnly? endedOn, long? version, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var loaded = await unit.LoadAsync(id, ApprovalsPermissions.Review, version, cancellationToken);
        if (!loaded.IsSuccess)
        {
            return loaded.Error!;
        }

        var handled = loaded.Value;
        var procedure = await unit.Db.Set<SpecialProcedure>().SingleOrDefaultAsync(p => p.ApplicationId == id && p.EndedOn == null, cancellationToken);
        if (procedure is null)
        {
            return HandlingErrors.NoOpenProcedure;
        }

        var date = endedOn ?? unit.Today;
        if (date > unit.Today)
        {
            return HandlingErrors.FutureDate("EndedOn");
        }

        if (date < procedure.StartedOn)
        {
            return HandlingErrors.Field("approvals.date_too_early", "EndedOn", $"结束日期不能早于特别程序开始日期（{HandlingErrors.Day(procedure.StartedOn)}）。");
        }

        (procedure.EndedOn, procedure.Outcome) = (date, string.IsNullOrWhiteSpace(outcome) ? null : outcome.Trim());
        if (clocks.ResumeHandling(handled, date) is { IsSuccess: false } resumed)
        {
            return resumed;
        }

        var due = handled.Promised?.DueDate ?? handled.Statutory?.DueDate;
        var note = $"{PauseReasons.Names[procedure.Reason]}已于{HandlingErrors.Day(date)}结束，办理期限继续计算" + (due is { } d ? $"，预计于{HandlingErrors.Day(d)}前办结。" : "。");
        journal.Record(handled.Application, "special_procedure_ended", $"{PauseReasons.Names[procedure.Reason]}结束", date, user, note, procedure.Outcome, due);
        return await unit.SaveAsync(handled, cancellationToken);
    }
}
