using EGov.Oversight.Domain;
using EGov.Oversight.Rules;
using EGov.Oversight.Rules.Editing;

namespace EGov.UnitTests.Oversight;

public sealed class RuleNumbersTests
{
    private static OversightRule Rule(string code) => OversightRules.BuiltIn.Single(r => r.Code == code);

    [Fact]
    public void A_rule_without_numbers_drops_the_numbers_sent()
    {
        var input = RuleNumbers.Check(Rule(OversightRules.PromisedOverdue), new RuleInput(true, CardLevel.Red, 99, 500)).Value;

        Assert.Equal(new RuleInput(true, CardLevel.Red, null, null), input);
    }

    [Fact]
    public void The_warning_rule_keeps_its_level_because_it_raises_no_card()
    {
        var input = RuleNumbers.Check(Rule(OversightRules.Warning), new RuleInput(true, CardLevel.Red, 2, 10)).Value;

        Assert.Equal(CardLevel.Yellow, input.Level);
        Assert.Equal((2, 10), (input.Days!.Value, input.Percent!.Value));
    }

    [Theory]
    [InlineData(OversightRules.YellowUncorrected, 1, true)]
    [InlineData(OversightRules.YellowUncorrected, 30, true)]
    [InlineData(OversightRules.YellowUncorrected, 31, false)]
    [InlineData(OversightRules.YellowUncorrected, 0, false)]
    [InlineData(OversightRules.Warning, 0, true)]
    [InlineData(OversightRules.Warning, 10, true)]
    [InlineData(OversightRules.Warning, 11, false)]
    public void Working_days_are_checked_against_the_rules_range(string code, int days, bool valid)
        => Assert.Equal(valid, RuleNumbers.Check(Rule(code), new RuleInput(true, CardLevel.Yellow, days, 20)).IsSuccess);

    [Fact]
    public void A_missing_number_is_named_in_Chinese()
    {
        var error = RuleNumbers.Check(Rule(OversightRules.YellowUncorrected), new RuleInput(true, CardLevel.Red, null, null)).Error!;

        Assert.Equal(["请填写工作日数"], error.Fields!["days"]);
    }
}
