using EGov.Interaction.Letters.Publication;
using EGov.Interaction.Letters.Publication.Statistics;

namespace EGov.UnitTests.Interaction.Publication;

public sealed class LetterStatisticsPeriodTests
{
    private static readonly DateOnly Today = new(2026, 6, 15);

    [Fact]
    public void Without_a_year_the_period_is_the_last_12_months_to_today()
    {
        var period = LetterStatisticsPeriod.Of(null, Today).Value;

        Assert.Equal((new DateOnly(2025, 7, 1), Today), (period.From, period.To));
        Assert.Equal(12, period.Months().Count);
        Assert.Equal("最近12个月", period.Label);
    }

    [Fact]
    public void A_past_year_runs_to_31_december_and_the_current_year_to_today()
    {
        Assert.Equal(new DateOnly(2025, 12, 31), LetterStatisticsPeriod.Of(2025, Today).Value.To);
        Assert.Equal(Today, LetterStatisticsPeriod.Of(2026, Today).Value.To);
    }

    [Theory]
    [InlineData(1999)]
    [InlineData(2027)]
    public void Years_before_2000_or_in_the_future_are_refused(int year)
    {
        var result = LetterStatisticsPeriod.Of(year, Today);

        Assert.Equal("interaction.statistics_year", result.Error!.Code);
    }

    [Theory]
    [InlineData("complaint")]
    [InlineData("HelpRequest")]
    public void Kind_names_are_accepted_in_any_case(string kind)
        => Assert.True(new LetterFilter(null, kind).Check().IsSuccess);

    [Theory]
    [InlineData("praise")]
    [InlineData("1")]
    public void Unknown_kinds_are_refused_with_a_field_error(string kind)
        => Assert.Equal(["kind"], new LetterFilter(null, kind).Check().Error!.Fields!.Keys);
}
