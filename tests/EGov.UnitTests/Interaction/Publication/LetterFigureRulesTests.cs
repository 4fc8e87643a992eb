using EGov.Interaction.Domain.Letters;
using EGov.Interaction.Letters.Publication.Statistics;

namespace EGov.UnitTests.Interaction.Publication;

public sealed class LetterFigureRulesTests
{
    private static readonly DateOnly Today = new(2026, 6, 15);
    private static readonly Guid A = Guid.NewGuid();
    private static readonly Guid B = Guid.NewGuid();

    private static LetterRow Replied(DateOnly registered, DateOnly replied, DateOnly? due, Guid? department = null)
        => new(department ?? A, registered, replied, due, LetterState.Replied);

    private static LetterRow Open(DateOnly registered, DateOnly? due, Guid? department = null)
        => new(department ?? A, registered, null, due, LetterState.Handling);

    private static LetterFigures Year(IReadOnlyCollection<LetterRow> letters, IReadOnlyCollection<RatingRow>? ratings = null)
        => LetterFigureRules.Count(letters, ratings ?? [], new DateOnly(2026, 1, 1), Today, Today);

    [Fact]
    public void Reply_on_the_due_date_is_on_time_and_one_day_later_is_overdue()
    {
        var figures = Year([Replied(new(2026, 3, 1), new(2026, 3, 20), new(2026, 3, 20)), Replied(new(2026, 3, 1), new(2026, 3, 21), new(2026, 3, 20))]);

        Assert.Equal((2, 1, 1), (figures.Replied, figures.OnTime, figures.Overdue));
        Assert.Equal(0.5, figures.OnTimeRate);
    }

    [Fact]
    public void Open_letter_past_its_due_date_counts_as_overdue_and_open()
    {
        var figures = Year([Open(new(2026, 5, 1), new(2026, 5, 20)), Open(new(2026, 6, 10), new(2026, 6, 30))]);

        Assert.Equal((2, 0, 0, 1, 2), (figures.Received, figures.Replied, figures.OnTime, figures.Overdue, figures.OpenNow));
        Assert.Equal(0.0, figures.OnTimeRate);
    }

    [Fact]
    public void Open_letter_due_today_is_not_yet_overdue()
    {
        var figures = Year([Open(new(2026, 6, 1), Today)]);

        Assert.Equal(0, figures.Overdue);
        Assert.Null(figures.OnTimeRate);
    }

    [Fact]
    public void Reply_without_a_clock_is_counted_as_replied_but_not_judged()
    {
        var figures = Year([Replied(new(2026, 2, 1), new(2026, 2, 3), null)]);

        Assert.Equal((1, 0, 0), (figures.Replied, figures.OnTime, figures.Overdue));
    }

    [Fact]
    public void Letters_registered_before_the_period_count_only_for_their_reply()
    {
        var figures = Year([Replied(new(2025, 12, 20), new(2026, 1, 5), new(2026, 1, 10))]);

        Assert.Equal((0, 1, 1), (figures.Received, figures.Replied, figures.OnTime));
    }

    [Fact]
    public void Satisfaction_is_satisfied_and_basically_satisfied_over_ratings_in_the_period()
    {
        RatingRow[] ratings =
        [
            new(A, new(2026, 4, 1), Satisfaction.Satisfied),
            new(A, new(2026, 4, 2), Satisfaction.BasicallySatisfied),
            new(A, new(2026, 4, 3), Satisfaction.Unsatisfied),
            new(A, new(2025, 12, 31), Satisfaction.Unsatisfied),
        ];

        var figures = Year([], ratings);

        Assert.Equal((3, 2), (figures.Rated, figures.Satisfied));
        Assert.Equal(0.667, figures.SatisfactionRate);
    }

    [Fact]
    public void Average_days_to_reply_runs_from_registration_to_reply_in_calendar_days()
    {
        var figures = Year([Replied(new(2026, 3, 1), new(2026, 3, 4), null), Replied(new(2026, 3, 1), new(2026, 3, 9), null)]);

        Assert.Equal(5.5, figures.AverageDaysToReply);
    }

    [Fact]
    public void Months_split_the_period_and_an_overdue_letter_falls_in_the_month_of_its_due_date()
    {
        var period = LetterStatisticsPeriod.Of(2026, Today).Value;

        var months = LetterFigureRules.ByMonth([Open(new(2026, 3, 25), new(2026, 4, 10)), Replied(new(2026, 3, 2), new(2026, 5, 6), new(2026, 3, 20))], [], period, Today);

        Assert.Equal(6, months.Count);
        Assert.Equal(2, months.Single(m => m.Month == 3).Figures.Received);
        Assert.Equal(1, months.Single(m => m.Month == 4).Figures.Overdue);
        Assert.Equal((1, 1), (months.Single(m => m.Month == 5).Figures.Replied, months.Single(m => m.Month == 5).Figures.Overdue));
    }

    [Fact]
    public void Departments_are_counted_apart_and_idle_ones_are_left_out()
    {
        var period = LetterStatisticsPeriod.Of(2026, Today).Value;
        LetterRow[] letters = [Replied(new(2026, 3, 1), new(2026, 3, 2), new(2026, 3, 5), A), Open(new(2026, 4, 1), new(2026, 4, 8), A), Replied(new(2024, 1, 1), new(2024, 1, 2), null, B)];

        var departments = LetterFigureRules.ByDepartment(letters, [], period, Today);

        var (id, figures) = Assert.Single(departments);
        Assert.Equal(A, id);
        Assert.Equal((2, 1, 1, 1), (figures.Received, figures.OnTime, figures.Overdue, figures.OpenNow));
    }

    [Fact]
    public void Merged_rejected_and_closed_letters_are_not_open()
    {
        var figures = Year([new(A, new(2026, 3, 1), null, new(2026, 3, 5), LetterState.Merged), new(A, new(2026, 3, 1), null, new(2026, 3, 5), LetterState.Rejected)]);

        Assert.Equal((2, 0, 0), (figures.Received, figures.OpenNow, figures.Overdue));
    }
}
