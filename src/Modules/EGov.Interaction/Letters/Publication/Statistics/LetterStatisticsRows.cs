using EGov.Interaction.Contracts;
using EGov.Interaction.Domain.Letters;
using EGov.Platform.Clocks;
using EGov.Platform.Data;
using EGov.Platform.Time;
using Microsoft.EntityFrameworkCore;

namespace EGov.Interaction.Letters.Publication.Statistics;

/// <summary>
/// Reads the rows the figures are counted from: the letters of the period (or still open) with the due date of their
/// reply clock, in one query joined to the platform's clock table, and the ratings given in the period.
/// </summary>
internal sealed class LetterStatisticsRows(EGovDbContext db)
{
    public async Task<(List<LetterRow> Letters, List<RatingRow> Ratings)> ReadAsync(
        IQueryable<Letter> letters, LetterStatisticsPeriod period, CancellationToken cancellationToken)
    {
        var fromUtc = ChinaTime.StartOfDay(period.From);
        var toUtc = ChinaTime.StartOfDay(period.To.AddDays(1));
        var clocks = db.Set<StatutoryClock>().Where(c => c.Module == InteractionClocks.Module && c.CaseType == InteractionClocks.Reply);
        var open = new[] { LetterState.Registered, LetterState.Routed, LetterState.Handling, LetterState.ReplyReview };
        var rows = await (
            from l in letters.AsNoTracking()
            where l.RegisteredOn != null && l.RegisteredOn <= period.To
                && (l.RegisteredOn >= period.From || (l.RepliedAt >= fromUtc && l.RepliedAt < toUtc) || open.Contains(l.State))
            join c in clocks on l.ReplyClockId equals (Guid?)c.Id into replyClocks
            from c in replyClocks.DefaultIfEmpty()
            select new { Department = l.HandlingDepartmentId ?? l.MailboxDepartmentId, l.RegisteredOn, l.RepliedAt, Due = (DateOnly?)c.DueDate, l.State })
            .ToListAsync(cancellationToken);

        var ratings = await (
            from r in db.Set<LetterRating>().AsNoTracking()
            join l in letters on r.LetterId equals l.Id
            where r.At >= fromUtc && r.At < toUtc
            select new { Department = l.HandlingDepartmentId ?? l.MailboxDepartmentId, r.At, r.Satisfaction })
            .ToListAsync(cancellationToken);

        return (
            rows.Select(r => new LetterRow(r.Department, r.RegisteredOn!.Value, r.RepliedAt is { } at ? ChinaTime.DateOf(at) : null, r.Due, r.State)).ToList(),
            ratings.Select(r => new RatingRow(r.Department, ChinaTime.DateOf(r.At), r.Satisfaction)).ToList());
    }
}
