using System.Security.Claims;
using EGov.Approvals.Contracts;
using EGov.Approvals.Domain.Applications;
using EGov.Platform.Attachments;
using EGov.Platform.Identity;
using EGov.Platform.Results;
using Microsoft.EntityFrameworkCore;

namespace EGov.Approvals.Applications.Handling.PreReview;

/// <summary>A file handed in with the correction: uploaded now (content) or a draft uploaded before (attachment id).</summary>
internal sealed record SuppliedFile(Guid? RequiredMaterialId, string? Name, Stream? Content, string? FileName, string? ContentType, Guid? DraftAttachmentId = null);

/// <summary>
/// 补正: the applicant supplies the materials of the one-time notice online, or the clerk registers what was handed in
/// on paper. The application goes back to pre-review; the clerk then accepts or rejects it — no second notice
/// (第三十二条第一款第四项: the notice is given once).
/// <para>
/// Clocks after a correction: the law counts the handling periods "自受理之日起" (第四十二条), so the promised and
/// statutory clocks start on the day the clerk accepts the supplied application, not on the day the first materials
/// arrived; 第三十二条's deemed acceptance from the day of receipt applies only when no notice was sent in time. The
/// pre-review window restarts from the supply day so that oversight sees how long the clerk takes to accept
/// (local practice: the same 5 working days; it never turns into a deemed acceptance).
/// </para>
/// </summary>
internal sealed class SupplyCorrectionHandler(HandlingUnit unit, HandlingClocks clocks, HandlingWork work, ApplicationJournal journal, IAttachmentStore attachments)
{
    /// <summary>The applicant, online, for their own application.</summary>
    public async Task<Result> SupplyAsync(Guid id, IReadOnlyList<SuppliedFile> files, string? note, long? version, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (files.Count == 0)
        {
            return HandlingErrors.Field("approvals.files_required", "Files", "请上传需要补正的材料。");
        }

        var loaded = await unit.LoadOwnAsync(id, user.AccountId(), version, cancellationToken);
        return loaded.IsSuccess ? await ApplyAsync(loaded.Value, files, note, unit.Today, user, cancellationToken) : loaded.Error!;
    }

    /// <summary>Staff register a supply handed in at the window or by post; without files, the notice's materials on paper.</summary>
    public async Task<Result> RegisterAsync(
        Guid id, IReadOnlyList<SuppliedFile> files, string? note, DateOnly? suppliedOn, long? version, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var loaded = await unit.LoadAsync(id, ApprovalsPermissions.Accept, version, cancellationToken);
        if (!loaded.IsSuccess)
        {
            return loaded.Error!;
        }

        var date = suppliedOn ?? unit.Today;
        return date > unit.Today ? HandlingErrors.FutureDate("SuppliedOn") : await ApplyAsync(loaded.Value, files, note, date, user, cancellationToken);
    }

    private async Task<Result> ApplyAsync(HandlingCase handled, IReadOnlyList<SuppliedFile> files, string? note, DateOnly date, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var application = handled.Application;
        var notice = await unit.Db.Set<CorrectionNotice>().SingleOrDefaultAsync(n => n.ApplicationId == handled.Id, cancellationToken);
        if (application.State != ApplicationState.AwaitingCorrection || notice is not { SuppliedOn: null })
        {
            return HandlingErrors.WrongState(application.State, "提交补正材料");
        }

        if (date < notice.IssuedOn)
        {
            return HandlingErrors.Field("approvals.date_too_early", "SuppliedOn", $"补正日期不能早于补正告知日期（{HandlingErrors.Day(notice.IssuedOn)}）。");
        }

        var added = await AddMaterialsAsync(handled, notice, files, user, cancellationToken);
        if (!added.IsSuccess)
        {
            return added;
        }

        (notice.SuppliedOn, notice.SupplyNote) = (date, string.IsNullOrWhiteSpace(note) ? null : note.Trim());
        if (clocks.RestartFrom(handled.PreReview, date) is { IsSuccess: false } restarted)
        {
            return restarted;
        }

        application.State = ApplicationState.Submitted;
        journal.Record(application, "correction_supplied", "已补正材料", date, user, "已收到您补正的材料，我们将尽快审核并决定是否受理。", notice.SupplyNote);
        await work.MoveAsync(handled, user.AccountId(), cancellationToken);
        return await unit.SaveAsync(handled, cancellationToken);
    }

    private async Task<Result> AddMaterialsAsync(HandlingCase handled, CorrectionNotice notice, IReadOnlyList<SuppliedFile> files, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var owner = new AttachmentOwner(ApprovalsClocks.Module, handled.Id.ToString()) { UploadedBy = user.AccountId() };
        foreach (var file in files)
        {
            var entry = notice.Entries.FirstOrDefault(e => file.RequiredMaterialId is { } rid && e.RequiredMaterialId == rid);
            Guid attachmentId;
            if (file.DraftAttachmentId is { } draft)
            {
                if (await attachments.AttachAsync(draft, owner, user.AccountId() ?? Guid.Empty, cancellationToken) is { IsSuccess: false } attached)
                {
                    return attached;
                }

                attachmentId = draft;
            }
            else
            {
                var saved = await attachments.SaveAsync(file.Content!, file.FileName ?? "补正材料", file.ContentType, owner, cancellationToken);
                if (!saved.IsSuccess)
                {
                    return saved.Error!;
                }

                attachmentId = saved.Value.Id;
            }

            unit.Db.Add(Material(handled, file.RequiredMaterialId, file.Name ?? entry?.MaterialName ?? "补正材料", attachmentId));
        }

        if (files.Count == 0)
        {
            foreach (var entry in notice.Entries)
            {
                var paper = Material(handled, entry.RequiredMaterialId, entry.MaterialName, null);
                paper.PaperChecked = true;
                unit.Db.Add(paper);
            }
        }

        return Result.Success();
    }

    private ApplicationMaterial Material(HandlingCase handled, Guid? requiredMaterialId, string name, Guid? attachmentId) => new()
    {
        ApplicationId = handled.Id,
        RequiredMaterialId = requiredMaterialId,
        Name = name,
        AttachmentId = attachmentId,
        AddedAt = unit.Now,
        FromCorrection = true,
    };
}
