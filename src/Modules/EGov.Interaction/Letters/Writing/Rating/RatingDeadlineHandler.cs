using EGov.Interaction.Domain.Letters;
using EGov.Platform.Calendar;
using EGov.Platform.Data;
using EGov.Platform.Results;
using EGov.Platform.Time;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace EGov.Interaction.Letters.Writing.Rating;

/// <summary>
/// A reply the writer has not rated within <see cref="InteractionOptions.RatingWorkingDays"/> working days closes as
/// 未评价. Each letter is claimed through its Version token, so two nodes close it once.
/// </summary>
internal sealed class RatingDeadlineHandler(EGovDbContext db, WorkingDayCalendar calendar, LetterClosing closing, IOptions<InteractionOptions> options, TimeProvider time)
{
    public static readonly Error NotDue = Error.Validation("interaction.rating_not_due", "评价期限未到。");

    /// <summary>Replied letters old enough to be due (N working days span at least N calendar days).</summary>
    public async Task<List<Guid>> CandidatesAsync(int batch, CancellationToken cancellationToken)
    {
        var before = time.GetUtcNow().UtcDateTime.AddDays(-options.Value.RatingWorkingDays);
        return await db.Set<Letter>().AsNoTracking()
            .Where(l => l.State == LetterState.Replied && l.RepliedAt != null && l.RepliedAt <= before)
            .OrderBy(l => l.RepliedAt).Select(l => l.Id).Take(batch).ToListAsync(cancellationToken);
    }

    public async Task<Result> ApplyAsync(Guid letterId, CancellationToken cancellationToken)
    {
        var letter = await db.Set<Letter>().SingleOrDefaultAsync(l => l.Id == letterId, cancellationToken);
        if (letter is not { State: LetterState.Replied, RepliedAt: { } repliedAt })
        {
            return NotDue;
        }

        var elapsed = calendar.WorkingDaysBetween(ChinaTime.DateOf(repliedAt), ChinaTime.Today(time));
        if (!elapsed.IsSuccess || elapsed.Value.WorkingDays < options.Value.RatingWorkingDays)
        {
            return NotDue;
        }

        var closed = await closing.CloseAsync(letter, "已办结（未评价）", "评价期限已过，您的来信已办结。", null, cancellationToken);
        if (!closed.IsSuccess)
        {
            return closed;
        }

        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return Result.Success();
        }
        catch (DbUpdateConcurrencyException)
        {
            return InteractionErrors.Stale;
        }
    }
}
