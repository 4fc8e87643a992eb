using EGov.Interaction.Opinions;

namespace EGov.UnitTests.Interaction.Opinions;

public sealed class OpinionRulesTests
{
    private static readonly DateOnly Opens = new(2026, 3, 1);

    [Fact]
    public void Closing_before_opening_is_refused_on_the_closing_date()
    {
        var errors = OpinionRules.CheckDates(Opens, Opens.AddDays(-1));

        Assert.Equal(["ClosesOn"], errors.Keys);
    }

    [Fact]
    public void A_one_day_period_is_allowed()
        => Assert.Empty(OpinionRules.CheckDates(Opens, Opens));

    [Fact]
    public void Missing_dates_are_named()
        => Assert.Equal(["OpensOn", "ClosesOn"], OpinionRules.CheckDates(null, null).Keys);

    [Fact]
    public void Thirty_days_counted_with_both_ends_bring_no_warning()
        => Assert.Null(OpinionRules.ShortPeriodWarning(Opens, Opens.AddDays(29), 30));

    [Fact]
    public void Twenty_nine_days_warn_citing_the_regulation()
    {
        var warning = OpinionRules.ShortPeriodWarning(Opens, Opens.AddDays(28), 30);

        Assert.NotNull(warning);
        Assert.Contains("征集期为29日", warning, StringComparison.Ordinal);
        Assert.Contains("《规章制定程序条例》", warning, StringComparison.Ordinal);
    }

    [Fact]
    public void The_threshold_is_the_setting()
        => Assert.Null(OpinionRules.ShortPeriodWarning(Opens, Opens.AddDays(14), 15));

    [Theory]
    [InlineData(-1, "NotYetOpen")]
    [InlineData(0, "Open")]
    [InlineData(10, "Open")]
    [InlineData(11, "Closed")]
    public void The_closing_day_is_the_last_day_opinions_are_taken(int day, string phase)
        => Assert.Equal(phase, OpinionRules.PhaseOn(Opens, Opens.AddDays(10), Opens.AddDays(day)).ToString());
}
