using EGov.Interaction.Letters.Handling.Actions;

namespace EGov.UnitTests.Interaction.Handling;

public sealed class ExtensionRulesTests
{
    [Theory]
    [InlineData(1)]
    [InlineData(10)]
    public void An_extension_within_the_limit_is_accepted(int days) => Assert.Null(ExtensionRules.Check(days, 10));

    [Theory]
    [InlineData(0)]
    [InlineData(-3)]
    [InlineData(11)]
    [InlineData(null)]
    public void An_extension_outside_one_to_the_limit_is_refused(int? days)
        => Assert.Equal("interaction.extension_days", ExtensionRules.Check(days, 10)?.Code);
}
