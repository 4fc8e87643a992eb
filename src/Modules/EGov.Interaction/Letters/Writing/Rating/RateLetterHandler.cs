using System.Security.Claims;
using EGov.Interaction.Contracts;
using EGov.Interaction.Domain;
using EGov.Interaction.Domain.Letters;
using EGov.Interaction.Letters.Writing.Tracking;
using EGov.Platform.Data;
using EGov.Platform.Inbox;
using EGov.Platform.Results;
using EGov.Platform.Time;
using Microsoft.EntityFrameworkCore;

namespace EGov.Interaction.Letters.Writing.Rating;

/// <summary>
/// 评价 of a reply, by number and query code or by the signed-in writer. 满意/基本满意 close the letter; 不满意 reopens it
/// once for the handling department (round 2, a new reply clock), and closes it in round 2 (国办发〔2020〕53号: 回访评价).
/// </summary>
internal sealed class RateLetterHandler(
    EGovDbContext db, LetterTracking tracking, LetterAccess access, LetterClocks clocks, LetterClosing closing,
    LetterJournal journal, IWorkItems inbox, TimeProvider time)
{
    public const int CommentMax = 500;
    public const string RehandleWork = "letter.rehandle";

    public async Task<Result<LetterState>> RateByCodeAsync(string? number, string? queryCode, Satisfaction? satisfaction, string? comment, CancellationToken cancellationToken)
    {
        var letter = await tracking.FindTrackedAsync(number, queryCode, cancellationToken);
        return letter is null ? LetterTracking.NotFound : await RateAsync(letter, satisfaction, comment, null, cancellationToken);
    }

    public async Task<Result<LetterState>> RateOwnAsync(Guid id, Guid accountId, Satisfaction? satisfaction, string? comment, ClaimsPrincipal writer, CancellationToken cancellationToken)
    {
        var letter = await access.FindOwnAsync(id, accountId, cancellationToken);
        return letter is null ? InteractionErrors.NotFound : await RateAsync(letter, satisfaction, comment, writer, cancellationToken);
    }

    private async Task<Result<LetterState>> RateAsync(Letter letter, Satisfaction? satisfaction, string? comment, ClaimsPrincipal? writer, CancellationToken cancellationToken)
    {
        var checkedRating = Check(letter, satisfaction, comment);
        if (!checkedRating.IsSuccess)
        {
            return checkedRating.Error!;
        }

        if (await db.Set<LetterRating>().AnyAsync(r => r.LetterId == letter.Id && r.Round == letter.Round, cancellationToken))
        {
            return RatingErrors.AlreadyRated;
        }

        var value = satisfaction!.Value;
        var text = string.IsNullOrWhiteSpace(comment) ? null : comment.Trim();
        db.Add(new LetterRating { LetterId = letter.Id, Round = letter.Round, Satisfaction = value, Comment = text, At = time.GetUtcNow().UtcDateTime });
        letter.Satisfaction = value;
        journal.Record(letter, "rated", $"评价：{InteractionNames.Of(value)}", writer, internalNote: text, departmentId: letter.HandlingDepartmentId);
        var next = value == Satisfaction.Unsatisfied && letter.Round == 1
            ? await ReopenAsync(letter, text, writer, cancellationToken)
            : await closing.CloseAsync(letter, "已办结", "感谢您的评价，您的来信已办结。", writer, cancellationToken);
        if (!next.IsSuccess)
        {
            db.ChangeTracker.Clear();
            return next.Error!;
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
        }
        catch (DbUpdateConcurrencyException)
        {
            return InteractionErrors.Stale;
        }
        catch (DbUpdateException)
        {
            return RatingErrors.AlreadyRated;
        }

        return letter.State;
    }

    /// <summary>The rules of a rating, before anything changes.</summary>
    public static Result Check(Letter letter, Satisfaction? satisfaction, string? comment)
    {
        ArgumentNullException.ThrowIfNull(letter);
        if (letter.State == LetterState.Merged || letter.MergedIntoId is not null)
        {
            return RatingErrors.Merged;
        }

        if (letter.State != LetterState.Replied)
        {
            return RatingErrors.NotReplied;
        }

        if (satisfaction is not { } value || !Enum.IsDefined(value))
        {
            return RatingErrors.UnknownSatisfaction;
        }

        return comment?.Trim().Length > CommentMax ? RatingErrors.CommentTooLong : Result.Success();
    }

    private async Task<Result> ReopenAsync(Letter letter, string? comment, ClaimsPrincipal? writer, CancellationToken cancellationToken)
    {
        letter.Round = 2;
        letter.State = LetterState.Handling;
        await clocks.StopAsync(letter.ReplyClockId, "不满意，重新办理", cancellationToken);
        if (clocks.StartReply(letter, ChinaTime.Today(time)) is { IsSuccess: false } started)
        {
            return started;
        }

        if (letter.HandlingDepartmentId is { } department)
        {
            inbox.Add(new NewWorkItem(
                InteractionClocks.Module,
                RehandleWork,
                $"来信人不满意，请重新办理：{letter.Subject}",
                InteractionClocks.CaseUrl(InteractionClocks.Reply, letter.Id.ToString()),
                letter.Id.ToString(),
                WorkItemAssignee.DepartmentRole(department, InteractionPermissions.Handle),
                ClockId: letter.ReplyClockId));
        }

        journal.Record(letter, "reopened", "重新办理", writer,
            publicNote: "您对答复不满意，已转承办部门重新办理，办理后将再次答复。",
            internalNote: comment is null ? "来信人不满意" : $"来信人不满意：{comment}",
            departmentId: letter.HandlingDepartmentId);
        return Result.Success();
    }
}
