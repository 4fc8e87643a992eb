using EGov.Interaction.Contracts;
using EGov.Interaction.Domain;
using EGov.Interaction.Domain.Letters;
using EGov.Oversight.Contracts;
using EGov.Platform.Data;
using EGov.Platform.Time;
using Microsoft.EntityFrameworkCore;

namespace EGov.Interaction.Oversight;

/// <summary>
/// The writers' ratings of letter replies for oversight's statistics, one per round: 满意 is 好评, 不满意 差评, 基本满意
/// neither. The department is the handling one (else the mailbox's) and the 事项 the letter's kind, as on its reply clock.
/// </summary>
internal sealed class InteractionRatingSource(EGovDbContext db) : IRatingSource
{
    public string Module => InteractionClocks.Module;

    public async Task<IReadOnlyList<RatingFigure>> CountAsync(DateOnly from, DateOnly to, CancellationToken cancellationToken)
    {
        var (fromUtc, toUtc) = (ChinaTime.StartOfDay(from), ChinaTime.StartOfDay(to.AddDays(1)));
        var months = ChinaMonths.Between(from, to);
        var rows = await (
                from r in db.Set<LetterRating>()
                join l in db.Set<Letter>() on r.LetterId equals l.Id
                where r.At >= fromUtc && r.At < toUtc
                select new RatedRow { DepartmentId = l.HandlingDepartmentId ?? l.MailboxDepartmentId, Kind = l.Kind, At = r.At, Satisfaction = r.Satisfaction })
            .GroupBy(ChinaMonths.Key<RatedRow, LetterKind>(r => r.DepartmentId, r => r.Kind, r => r.At, from, to))
            .Select(g => new
            {
                g.Key.DepartmentId,
                g.Key.Item,
                g.Key.Month,
                Total = g.Count(),
                Good = g.Count(r => r.Satisfaction == Satisfaction.Satisfied),
                Bad = g.Count(r => r.Satisfaction == Satisfaction.Unsatisfied),
            })
            .ToListAsync(cancellationToken);
        return [.. rows.Select(r => new RatingFigure(
            r.DepartmentId!.Value, $"信件：{InteractionNames.Of(r.Item)}", months[r.Month].Year, months[r.Month].Month, r.Total, r.Good, r.Bad))];
    }

    private sealed class RatedRow
    {
        public Guid? DepartmentId { get; init; }
        public LetterKind Kind { get; init; }
        public DateTime At { get; init; }
        public Satisfaction Satisfaction { get; init; }
    }
}
