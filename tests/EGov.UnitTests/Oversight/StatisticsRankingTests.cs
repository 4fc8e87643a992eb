using EGov.Oversight.Statistics;

namespace EGov.UnitTests.Oversight;

public sealed class StatisticsRankingTests
{
    private static readonly ScoreOptions Defaults = new();

    private static OversightFigures Figures(int onTime = 0, int overdue = 0, int yellow = 0, int red = 0, int anomalies = 0, int ratings = 0, int bad = 0)
        => OversightFigures.None with { OnTime = onTime, OverdueConcluded = overdue, Yellow = yellow, Red = red, Anomalies = anomalies, Ratings = ratings, BadRatings = bad };

    [Fact]
    public void The_score_takes_the_on_time_rate_and_deducts_cards_anomalies_and_the_bad_rating_share()
    {
        // 100 × 0.8 − 2 × 1 − 5 × 1 − 1 × 2 − 100 × 0.1 = 61
        var score = Defaults.Of(Figures(onTime: 8, overdue: 2, yellow: 1, red: 1, anomalies: 2, ratings: 10, bad: 1));

        Assert.Equal(61, score);
    }

    [Fact]
    public void A_department_with_nothing_concluded_or_overdue_counts_as_fully_on_time()
    {
        Assert.Equal(98, Defaults.Of(Figures(yellow: 1)));
    }

    [Fact]
    public void Configured_weights_replace_the_defaults()
    {
        var strict = new ScoreOptions { Red = 20 };

        Assert.Equal(80, strict.Of(Figures(onTime: 1, red: 1)));
    }

    [Fact]
    public void Departments_are_ranked_by_score_and_equal_scores_share_a_rank()
    {
        var a = Guid.NewGuid();
        var b = Guid.NewGuid();
        var c = Guid.NewGuid();
        var ranking = Ranking.Rank(
            [(a, "甲局", Figures(onTime: 1, red: 2)), (b, "乙局", Figures(onTime: 1)), (c, "丙局", Figures(onTime: 1, yellow: 5))],
            Defaults);

        Assert.Equal([b, c, a], ranking.Select(r => r.DepartmentId!.Value));
        // 丙 sorts before 甲 at the same score.
        Assert.Equal([1, 2, 2], ranking.Select(r => r.Rank));
        Assert.Equal([100, 90, 90], ranking.Select(r => r.Score));
    }

    [Fact]
    public void Overdue_counts_both_concluded_late_and_still_running_late()
    {
        var f = OversightFigures.None with { OnTime = 3, OverdueConcluded = 1, OverdueRunning = 1 };

        Assert.Equal(2, f.Overdue);
        Assert.Equal(0.6, f.OnTimeRate);
    }
}
