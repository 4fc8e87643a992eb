using System.Security.Claims;
using EGov.Interaction.Domain.Letters;
using EGov.Platform.Identity;
using EGov.Platform.Organization;
using EGov.Platform.Results;
using Microsoft.EntityFrameworkCore;

namespace EGov.Interaction.Letters.Handling.Actions;

/// <summary>拟答复 by the handler, then 答复审核 by the department's head: approved, it is sent; or sent back with a note.</summary>
internal sealed class ReplyHandler(LetterUnit unit, LetterClocks clocks, LetterWork work, LetterJournal journal, IOrganizationDirectory organization)
{
    public async Task<Result> SubmitAsync(Guid id, string? content, long? version, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (StaffName.Trimmed(content) is not { } text)
        {
            return HandlingErrors.Required("Content", "答复内容");
        }

        var loaded = await unit.LoadForAsync(id, LetterAction.SubmitReply, version, cancellationToken);
        if (!loaded.IsSuccess)
        {
            return loaded.Error!;
        }

        var letter = loaded.Value;
        unit.Db.Add(new LetterReply
        {
            LetterId = id,
            Round = letter.Round,
            Content = text,
            DepartmentId = letter.HandlingDepartmentId!.Value,
            DraftedById = user.AccountId() ?? Guid.Empty,
            DraftedByName = StaffName.Of(user),
            SubmittedAt = unit.Now,
            State = ReplyState.Submitted,
        });
        letter.State = LetterState.ReplyReview;
        await work.CompleteAsync(letter, user.AccountId(), cancellationToken, LetterWork.Handle, LetterWork.Rehandle);
        await work.AddAsync(letter, LetterWork.Review, cancellationToken);
        journal.Record(letter, "reply_submitted", "答复已拟好，待审核", user, departmentId: letter.HandlingDepartmentId);
        return await unit.SaveAsync(letter, cancellationToken);
    }

    public async Task<Result> ApproveAsync(Guid id, string? note, long? version, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var loaded = await LoadReplyAsync(id, LetterAction.ApproveReply, version, cancellationToken);
        if (!loaded.IsSuccess)
        {
            return loaded.Error!;
        }

        var (letter, reply) = loaded.Value;
        Review(reply, ReplyState.Approved, note, user);
        if (await clocks.StopAsync(letter.ReplyClockId, "已答复", cancellationToken) is { IsSuccess: false } stopped)
        {
            return stopped;
        }

        var department = (await organization.FindAsync(reply.DepartmentId, cancellationToken))?.Name ?? "";
        foreach (var answered in await MergedIntoAsync(letter, cancellationToken))
        {
            Answer(answered, reply.Content, department);
            journal.Record(answered, "replied", $"{department}已答复（与信件 {letter.Number} 合并办理）", user, publicNote: reply.Content, departmentId: reply.DepartmentId);
            answered.Version++;
        }

        Answer(letter, reply.Content, department);
        letter.State = LetterState.Replied;
        await work.CompleteAsync(letter, user.AccountId(), cancellationToken, LetterWork.Review);
        journal.Record(letter, "replied", $"{department}已答复", user, publicNote: reply.Content, internalNote: reply.ReviewNote, departmentId: reply.DepartmentId);
        return await unit.SaveAsync(letter, cancellationToken);
    }

    public async Task<Result> ReturnAsync(Guid id, string? note, long? version, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (StaffName.Trimmed(note) is not { } why)
        {
            return HandlingErrors.Required("Note", "退回修改的意见");
        }

        var loaded = await LoadReplyAsync(id, LetterAction.ReturnReply, version, cancellationToken);
        if (!loaded.IsSuccess)
        {
            return loaded.Error!;
        }

        var (letter, reply) = loaded.Value;
        Review(reply, ReplyState.Returned, why, user);
        letter.State = LetterState.Handling;
        await work.CompleteAsync(letter, user.AccountId(), cancellationToken, LetterWork.Review);
        await work.AddAsync(letter, letter.Round > 1 ? LetterWork.Rehandle : LetterWork.Handle, cancellationToken);
        journal.Record(letter, "reply_returned", "答复退回修改", user, internalNote: why, departmentId: letter.HandlingDepartmentId);
        return await unit.SaveAsync(letter, cancellationToken);
    }

    private async Task<Result<(Letter, LetterReply)>> LoadReplyAsync(Guid id, LetterAction action, long? version, CancellationToken cancellationToken)
    {
        var loaded = await unit.LoadForAsync(id, action, version, cancellationToken);
        if (!loaded.IsSuccess)
        {
            return loaded.Error!;
        }

        var reply = await unit.Db.Set<LetterReply>().Where(r => r.LetterId == id && r.State == ReplyState.Submitted)
            .OrderByDescending(r => r.SubmittedAt).FirstOrDefaultAsync(cancellationToken);
        return reply is null ? HandlingErrors.NoSubmittedReply : (loaded.Value, reply);
    }

    private void Review(LetterReply reply, ReplyState state, string? note, ClaimsPrincipal user)
        => (reply.State, reply.ReviewerId, reply.ReviewerName, reply.ReviewedAt, reply.ReviewNote) = (state, user.AccountId(), StaffName.Of(user), unit.Now, StaffName.Trimmed(note));

    private void Answer(Letter letter, string content, string department)
        => (letter.ReplyContent, letter.RepliedAt, letter.ReplyingDepartmentName) = (content, unit.Now, department);

    private Task<List<Letter>> MergedIntoAsync(Letter letter, CancellationToken cancellationToken)
        => unit.Db.Set<Letter>().Where(l => l.MergedIntoId == letter.Id && l.State == LetterState.Merged).ToListAsync(cancellationToken);
}
