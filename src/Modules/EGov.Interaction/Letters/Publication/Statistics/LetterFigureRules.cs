using EGov.Interaction.Domain.Letters;

namespace EGov.Interaction.Letters.Publication.Statistics;

/// <summary>
/// How the published figures are counted (检查指标 互动交流: 留言办理情况统计). A reply is on time when given on or before
/// its clock's due date. An open letter past its due date counts as overdue in the period its due date fell in; once
/// replied, a letter is judged by its reply instead.
/// </summary>
internal static class LetterFigureRules
{
    public static LetterFigures Count(IReadOnlyCollection<LetterRow> letters, IReadOnlyCollection<RatingRow> ratings, DateOnly from, DateOnly to, DateOnly today)
    {
        bool In(DateOnly? day) => day >= from && day <= to;
        var replied = letters.Where(l => In(l.RepliedOn)).ToList();
        var onTime = replied.Count(l => !OpenPastDue(l, today) && l.DueOn is { } due && l.RepliedOn <= due);
        var late = replied.Count(l => !OpenPastDue(l, today) && l.DueOn is { } due && l.RepliedOn > due);
        var openOverdue = letters.Count(l => OpenPastDue(l, today) && In(l.DueOn));
        var rated = ratings.Where(r => In(r.On)).ToList();
        var days = replied.Select(l => l.RepliedOn!.Value.DayNumber - l.RegisteredOn.DayNumber).ToList();
        return new LetterFigures(
            letters.Count(l => In(l.RegisteredOn)),
            replied.Count,
            onTime,
            late + openOverdue,
            rated.Count,
            rated.Count(r => r.Satisfaction is Satisfaction.Satisfied or Satisfaction.BasicallySatisfied),
            letters.Count(l => l.IsOpen),
            days.Count == 0 ? null : Math.Round(days.Average(), 1));
    }

    /// <summary>Open and past its due date today (a letter reopened after 不满意 is judged again on its new clock).</summary>
    public static bool OpenPastDue(LetterRow letter, DateOnly today) => letter.IsOpen && letter.DueOn is { } due && due < today;

    public static IReadOnlyList<MonthLetterFigures> ByMonth(IReadOnlyCollection<LetterRow> letters, IReadOnlyCollection<RatingRow> ratings, LetterStatisticsPeriod period, DateOnly today)
        => period.Months().Select(m =>
        {
            var first = new DateOnly(m.Year, m.Month, 1);
            var last = first.AddMonths(1).AddDays(-1);
            var figures = Count(letters, ratings, first < period.From ? period.From : first, last > period.To ? period.To : last, today);
            return new MonthLetterFigures(m.Year, m.Month, figures);
        }).ToList();

    /// <summary>The figures of each department that has any letter or rating to count.</summary>
    public static IReadOnlyList<(Guid DepartmentId, LetterFigures Figures)> ByDepartment(
        IReadOnlyCollection<LetterRow> letters, IReadOnlyCollection<RatingRow> ratings, LetterStatisticsPeriod period, DateOnly today)
    {
        var lettersOf = letters.ToLookup(l => l.DepartmentId);
        var ratingsOf = ratings.ToLookup(r => r.DepartmentId);
        return lettersOf.Select(g => g.Key).Union(ratingsOf.Select(g => g.Key))
            .Select(d => (d, Count([.. lettersOf[d]], [.. ratingsOf[d]], period.From, period.To, today)))
            .Where(x => x.Item2.Received + x.Item2.Replied + x.Item2.Overdue + x.Item2.Rated + x.Item2.OpenNow > 0)
            .ToList();
    }
}
