using System.Security.Claims;
using EGov.Disclosure.Contracts;
using EGov.Disclosure.Domain.Requests;
using EGov.Disclosure.Letters;
using EGov.Platform.Identity;
using EGov.Platform.Results;
using Microsoft.EntityFrameworkCore;

namespace EGov.Disclosure.Requests.Handling.Replies;

/// <summary>审核 and 签发 of a drafted reply (条例 第四十五条: 审核); the reply letter is written at sign-off.</summary>
internal sealed class ReplyApprovalHandler(HandlingUnit unit, HandlingWork work, RequestJournal journal)
{
    /// <summary>审核通过, or 退回 with a required opinion back to the drafter.</summary>
    public async Task<Result> ReviewAsync(Guid id, bool passed, string? opinion, long? version, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var loaded = await LoadAsync(id, DisclosurePermissions.Review, RequestState.ReplyDrafted, passed ? "审核答复" : "退回答复", version, cancellationToken);
        if (!loaded.IsSuccess)
        {
            return loaded.Error!;
        }

        var (handled, reply) = loaded.Value;
        if (!passed && string.IsNullOrWhiteSpace(opinion))
        {
            return HandlingErrors.Required("Opinion", "退回的审核意见");
        }

        reply.Version++;
        if (passed)
        {
            (reply.ReviewedBy, reply.ReviewedAt) = (user.AccountId(), unit.Now);
        }

        handled.Request.State = passed ? RequestState.ReplyReviewed : RequestState.Handling;
        var note = string.IsNullOrWhiteSpace(opinion) ? null : $"审核意见：{opinion.Trim()}";
        journal.Record(handled.Request, passed ? "reply_reviewed" : "reply_returned", passed ? "答复审核通过" : "答复退回修改", unit.Today, user, null, note);
        await work.MoveAsync(handled, user.AccountId(), null, cancellationToken);
        return await unit.SaveAsync(handled, null, cancellationToken);
    }

    /// <summary>签发: the reply letter is generated now, not yet the applicant's.</summary>
    public async Task<Result> SignOffAsync(Guid id, string? opinion, long? version, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var loaded = await LoadAsync(id, DisclosurePermissions.SignOff, RequestState.ReplyReviewed, "签发答复", version, cancellationToken);
        if (!loaded.IsSuccess)
        {
            return loaded.Error!;
        }

        var (handled, reply) = loaded.Value;
        reply.Version++;
        (reply.SignedOffBy, reply.SignedOffAt) = (user.AccountId(), unit.Now);
        handled.Request.State = RequestState.ReplySignedOff;
        journal.Record(handled.Request, "reply_signed_off", "答复已签发", unit.Today, user, "答复已签发，正在送达。", string.IsNullOrWhiteSpace(opinion) ? null : $"签发意见：{opinion.Trim()}");
        await work.MoveAsync(handled, user.AccountId(), null, cancellationToken);
        var letter = new HandlingLetter(LetterKind.Reply, VisibleToApplicant: false, document => reply.LetterAttachmentId = document.AttachmentId);
        return await unit.SaveAsync(handled, letter, cancellationToken);
    }

    private async Task<Result<(HandlingCase Case, Reply Reply)>> LoadAsync(Guid id, string permission, RequestState state, string action, long? version, CancellationToken cancellationToken)
    {
        var loaded = await unit.LoadAsync(id, permission, version, cancellationToken);
        if (!loaded.IsSuccess)
        {
            return loaded.Error!;
        }

        var reply = await unit.Db.Set<Reply>().SingleOrDefaultAsync(r => r.RequestId == id, cancellationToken);
        return loaded.Value.State != state || reply is null
            ? HandlingErrors.WrongState(loaded.Value.State, action)
            : (loaded.Value, reply);
    }
}
