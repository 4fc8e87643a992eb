using System.Security.Claims;
using EGov.Disclosure.Contracts;
using EGov.Disclosure.Domain;
using EGov.Disclosure.Domain.Requests;
using EGov.Platform.Attachments;
using EGov.Platform.Identity;
using EGov.Platform.Results;
using Microsoft.EntityFrameworkCore;

namespace EGov.Disclosure.Requests.Handling.Replies;

/// <summary>拟定答复: the outcome, its reasons and the disclosed files (not yet the applicant's), then to review.</summary>
internal sealed class DraftReplyHandler(HandlingUnit unit, HandlingWork work, RequestJournal journal, IAttachmentStore store)
{
    public async Task<Result> HandleAsync(Guid id, ReplyDraftInput input, IReadOnlyList<UploadedFile> files, long? version, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var loaded = await unit.LoadAsync(id, DisclosurePermissions.Handle, version, cancellationToken);
        if (!loaded.IsSuccess)
        {
            return loaded.Error!;
        }

        var handled = loaded.Value;
        if (handled.State != RequestState.Handling || user.AccountId() is not { } userId)
        {
            return HandlingErrors.WrongState(handled.State, "拟定答复");
        }

        var db = unit.Db;
        var attached = await db.Set<RequestDocument>().CountAsync(d => d.RequestId == id && d.Kind == RequestDocumentKind.DisclosedFile, cancellationToken);
        var corrected = await db.Set<CorrectionNotice>().AnyAsync(c => c.RequestId == id && c.CorrectedOn != null, cancellationToken);
        var ids = input.AttachmentIds ?? [];
        if (ReplyRules.Check(input, attached + files.Count + ids.Count, corrected) is { } invalid)
        {
            return invalid;
        }

        var added = await AttachFilesAsync(id, files, ids, userId, cancellationToken);
        if (!added.IsSuccess)
        {
            return added.Error!;
        }

        var reply = await db.Set<Reply>().SingleOrDefaultAsync(r => r.RequestId == id, cancellationToken);
        if (reply is null)
        {
            reply = new Reply { RequestId = id };
            db.Add(reply);
        }
        else
        {
            reply.Version++;
        }

        var outcome = input.Outcome!.Value;
        reply.Outcome = outcome;
        reply.Text = input.Text?.Trim() ?? "";
        reply.WhereToObtain = outcome == ReplyOutcome.Disclosed && input.AlreadyPublic ? input.WhereToObtain?.Trim() : null;
        reply.ResponsibleAgency = outcome == ReplyOutcome.UnavailableNotHeld
            ? (input.ResponsibleAgencyUnknown ? "负责公开的机关不明：" : "") + input.ResponsibleAgency!.Trim()
            : null;
        (reply.DraftedBy, reply.DraftedAt, reply.ReviewedBy, reply.ReviewedAt) = (userId, unit.Now, null, null);
        handled.Request.State = RequestState.ReplyDrafted;
        journal.Record(handled.Request, "reply_drafted", "拟定答复", unit.Today, user, "已拟定答复意见，正在审核。", $"答复类型：{DisclosureNames.Of(outcome)}");
        await work.MoveAsync(handled, userId, null, cancellationToken);
        return await unit.SaveAsync(handled, null, cancellationToken);
    }

    private async Task<Result> AttachFilesAsync(Guid id, IReadOnlyList<UploadedFile> files, IReadOnlyList<Guid> draftIds, Guid userId, CancellationToken cancellationToken)
    {
        var owner = new AttachmentOwner(DisclosureClocks.Module, id.ToString()) { UploadedBy = userId };
        foreach (var file in files)
        {
            var saved = await store.SaveAsync(file.Content, file.FileName, file.ContentType, owner, cancellationToken);
            if (!saved.IsSuccess)
            {
                return saved.Error!;
            }

            AddDocument(id, saved.Value);
        }

        foreach (var draftId in draftIds)
        {
            var attachedDraft = await store.AttachAsync(draftId, owner, userId, cancellationToken);
            if (!attachedDraft.IsSuccess)
            {
                return attachedDraft.Error!;
            }

            AddDocument(id, (await store.FindAsync(draftId, cancellationToken))!);
        }

        return Result.Success();
    }

    private void AddDocument(Guid requestId, AttachmentInfo file)
        => unit.Db.Add(new RequestDocument
        {
            RequestId = requestId,
            AttachmentId = file.Id,
            Kind = RequestDocumentKind.DisclosedFile,
            Title = file.OriginalName,
            VisibleToApplicant = false,
            CreatedAt = unit.Now,
        });
}
