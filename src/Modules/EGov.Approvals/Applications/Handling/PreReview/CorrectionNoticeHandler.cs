using System.Security.Claims;
using EGov.Approvals.Contracts;
using EGov.Approvals.Domain.Applications;
using EGov.Platform.Clocks;
using EGov.Platform.Identity;
using EGov.Platform.Results;
using Microsoft.EntityFrameworkCore;

namespace EGov.Approvals.Applications.Handling.PreReview;

/// <summary>One material to supply or correct as the clerk wrote it.</summary>
internal sealed record CorrectionEntryInput(Guid? RequiredMaterialId, string? MaterialName, string? Problem);

/// <summary>
/// 一次告知 (第三十二条第一款第四项): within 5 working days of the materials' arrival, once, every material to supply or
/// correct with what is wrong. The pre-review window pauses until the applicant supplies them.
/// </summary>
internal sealed class CorrectionNoticeHandler(
    HandlingUnit unit, HandlingDates dates, HandlingClocks clocks, HandlingNotices notices, HandlingWork work, ApplicationJournal journal)
{
    public async Task<Result> HandleAsync(
        Guid id, IReadOnlyList<CorrectionEntryInput> input, string? note, long? version, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var loaded = await unit.LoadAsync(id, ApprovalsPermissions.Accept, version, cancellationToken);
        if (!loaded.IsSuccess)
        {
            return loaded.Error!;
        }

        var handled = loaded.Value;
        var application = handled.Application;
        if (await unit.Db.Set<CorrectionNotice>().AnyAsync(n => n.ApplicationId == id, cancellationToken))
        {
            return HandlingErrors.CorrectionOnce;
        }

        if (application.State != ApplicationState.Submitted)
        {
            return HandlingErrors.WrongState(application.State, "发出补正告知");
        }

        var today = unit.Today;
        var lastDay = dates.LastDayForCorrectionNotice(application.MaterialsReceivedOn);
        if (today > lastDay)
        {
            return Error.Conflict(
                "approvals.correction_too_late",
                $"补正告知应当在收到申请材料之日起五个工作日内一次发出。本办件于{HandlingErrors.Day(application.MaterialsReceivedOn)}收到材料，最迟应于{HandlingErrors.Day(lastDay)}告知；逾期未告知的，自收到申请材料之日起即为受理（《行政许可法》第三十二条）。");
        }

        var entries = input.Where(e => !string.IsNullOrWhiteSpace(e.MaterialName) || !string.IsNullOrWhiteSpace(e.Problem)).ToList();
        if (entries.Count == 0)
        {
            return HandlingErrors.Required("Entries", "需要补正的材料及问题（至少一项）");
        }

        if (entries.FirstOrDefault(e => string.IsNullOrWhiteSpace(e.MaterialName) || string.IsNullOrWhiteSpace(e.Problem)) is { } incomplete)
        {
            return HandlingErrors.Field("approvals.entry_incomplete", "Entries", $"每一项都要写明材料名称和需要补正的问题（“{incomplete.MaterialName ?? incomplete.Problem}”不完整）。");
        }

        if (await MissingFromAsync(handled, entries, cancellationToken) is { Count: > 0 } missing)
        {
            return HandlingErrors.Field(
                "approvals.correction_incomplete", "Entries", $"补正告知应当一次告知需要补正的全部内容，以下材料未列入：{string.Join("、", missing)}。");
        }

        var notice = new CorrectionNotice
        {
            ApplicationId = id,
            Entries = [.. entries.Select(e => new CorrectionEntry { RequiredMaterialId = e.RequiredMaterialId, MaterialName = e.MaterialName!.Trim(), Problem = e.Problem!.Trim() })],
            Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim(),
            IssuedOn = today,
            IssuedBy = user.AccountId() ?? Guid.Empty,
        };
        unit.Db.Add(notice);
        if (clocks.Pause(handled.PreReview, PauseReasons.Correction, today, "一次告知补正") is { IsSuccess: false } paused)
        {
            return paused;
        }

        application.State = ApplicationState.AwaitingCorrection;
        var list = notice.Entries.Select((e, i) => $"{i + 1}. {e.MaterialName}：{e.Problem}").ToList();
        var body = new List<string> { "你（单位）提交的申请材料不齐全或者不符合法定形式，现一次告知需要补正的全部内容如下：" };
        body.AddRange(list);
        body.Add("请补正后通过网上办事大厅或者到办事窗口提交。本机关自收到补正材料后予以受理或者作出不予受理决定。" + (notice.Note is null ? "" : $"说明：{notice.Note}"));
        var written = await notices.WriteAsync(application, DocumentKind.CorrectionNotice, body, HandlingNotices.Law("第三十二条第一款第（四）项"), today, cancellationToken);
        if (!written.IsSuccess)
        {
            return written.Error!;
        }

        journal.Record(application, "correction_sent", "一次告知补正材料", today, user, $"请补正以下材料：{string.Join("；", list)}");
        await work.MoveAsync(handled, user.AccountId(), cancellationToken);
        return await unit.SaveAsync(handled, cancellationToken);
    }

    /// <summary>The materials that need correction (checked so) or that a required entry lacks, which the notice leaves out.</summary>
    private async Task<List<string>> MissingFromAsync(HandlingCase handled, List<CorrectionEntryInput> entries, CancellationToken cancellationToken)
    {
        var materials = await unit.Db.Set<ApplicationMaterial>().AsNoTracking().Where(m => m.ApplicationId == handled.Id).ToListAsync(cancellationToken);
        var needed = materials.Where(m => m.Check == MaterialCheck.NeedsCorrection).Select(m => (m.RequiredMaterialId, m.Name)).ToList();
        needed.AddRange(handled.Item.Materials
            .Where(r => r.Necessity == Domain.Items.MaterialNecessity.Required && !materials.Any(m => m.RequiredMaterialId == r.Id))
            .Select(r => ((Guid?)r.Id, r.Name)));
        return [.. needed
            .Where(n => !entries.Any(e => (n.RequiredMaterialId is { } rid && e.RequiredMaterialId == rid) || string.Equals(e.MaterialName?.Trim(), n.Name, StringComparison.Ordinal)))
            .Select(n => n.Name)
            .Distinct()];
    }
}
