using EGov.Interaction.Domain.Letters;
using EGov.Interaction.Domain.Mailboxes;
using EGov.Interaction.Letters.Handling.Settings;

namespace EGov.UnitTests.Interaction.Handling;

public sealed class RuleMatcherTests
{
    private static readonly Guid Box = Guid.NewGuid();
    private static readonly Guid Market = Guid.NewGuid();
    private static readonly Guid Traffic = Guid.NewGuid();

    private static readonly RoutingRule[] Rules =
    [
        new() { MailboxId = Box, Keywords = "道路,停车", TargetDepartmentId = Traffic, Priority = 20 },
        new() { MailboxId = Box, Keywords = "食品，市场", TargetDepartmentId = Market, Priority = 10 },
        new() { MailboxId = Box, Keywords = "噪音", TargetDepartmentId = Guid.NewGuid(), Priority = 5, IsActive = false },
    ];

    [Fact]
    public void The_rule_with_the_lowest_priority_among_those_matching_wins()
        => Assert.Equal(Market, RuleMatcher.Match(Rules, Box, LetterKind.Complaint, "市场门口道路停车乱")!.TargetDepartmentId);

    [Fact]
    public void Disabled_rules_and_other_mailboxes_do_not_match()
    {
        Assert.Null(RuleMatcher.Match(Rules, Box, LetterKind.Complaint, "夜间噪音扰民"));
        Assert.Null(RuleMatcher.Match(Rules, Guid.NewGuid(), LetterKind.Complaint, "食品安全"));
    }

    [Fact]
    public void A_rule_for_one_kind_ignores_other_kinds()
    {
        RoutingRule[] rules = [new() { Kind = LetterKind.Report, Keywords = "", TargetDepartmentId = Market }];

        Assert.Null(RuleMatcher.Match(rules, Box, LetterKind.Consultation, "任何内容"));
        Assert.NotNull(RuleMatcher.Match(rules, Box, LetterKind.Report, "任何内容"));
    }
}
