using EGov.Oversight.Board;
using EGov.Oversight.Domain;
using EGov.Oversight.Rules;
using EGov.Platform.Clocks;

namespace EGov.UnitTests.Oversight;

public sealed class BoardLevelsTests
{
    private static readonly ClockType Promised = new("approvals", "promised", "政务服务", "承诺办结时限", LimitKind.Promised, "/a/{caseId}");
    private static readonly ClockType Statutory = new("approvals", "statutory", "政务服务", "法定办结时限", LimitKind.Statutory, "/a/{caseId}");
    private static readonly ClockType Rectification = new("approvals", "rectification", "政务服务", "整改", LimitKind.Other, "/a/{caseId}");

    private static readonly IReadOnlyDictionary<string, OversightRule> Defaults = OversightRules.BuiltIn.ToDictionary(r => r.Code);

    [Theory]
    [InlineData(WarningLevel.Normal, BoardLevel.Normal)]
    [InlineData(WarningLevel.Warning, BoardLevel.Warning)]
    [InlineData(WarningLevel.Overdue, BoardLevel.Yellow)]
    public void Promised_clock_is_yellow_once_overdue(WarningLevel level, object expected)
        => Assert.Equal((BoardLevel)expected, BoardLevels.Of(Promised, level, false, Defaults));

    [Fact]
    public void Statutory_clock_is_red_once_overdue()
        => Assert.Equal(BoardLevel.Red, BoardLevels.Of(Statutory, WarningLevel.Overdue, false, Defaults));

    [Fact]
    public void Open_red_card_makes_any_clock_red()
    {
        Assert.Equal(BoardLevel.Red, BoardLevels.Of(Promised, WarningLevel.Overdue, true, Defaults));
        Assert.Equal(BoardLevel.Red, BoardLevels.Of(Promised, WarningLevel.Warning, true, Defaults));
    }

    [Fact]
    public void Unregistered_and_unjudged_types_are_yellow_once_overdue()
    {
        Assert.Equal(BoardLevel.Yellow, BoardLevels.Of(null, WarningLevel.Overdue, false, Defaults));
        Assert.Equal(BoardLevel.Yellow, BoardLevels.Of(Rectification, WarningLevel.Overdue, false, Defaults));
    }

    [Fact]
    public void Rule_set_to_red_by_the_administrator_makes_overdue_promised_clocks_red()
    {
        var rules = Defaults.ToDictionary(r => r.Key, r => r.Key == OversightRules.PromisedOverdue ? r.Value with { Level = CardLevel.Red } : r.Value);

        Assert.Equal(BoardLevel.Red, BoardLevels.Of(Promised, WarningLevel.Overdue, false, rules));
        Assert.Contains("approvals|promised", BoardLevels.RedTypeKeys(new ClockTypes([Promised, Statutory]), rules));
        Assert.Equal(["approvals|statutory"], BoardLevels.RedTypeKeys(new ClockTypes([Promised, Statutory]), Defaults));
    }

    [Theory]
    [InlineData("red", BoardLevel.Red)]
    [InlineData("yellow", BoardLevel.Yellow)]
    [InlineData("RED", null)]
    [InlineData("purple", null)]
    public void Level_codes_parse_exactly(string code, object? expected) => Assert.Equal((BoardLevel?)expected, BoardLevelNames.Parse(code));
}
