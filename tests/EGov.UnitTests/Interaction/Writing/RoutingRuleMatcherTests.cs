using EGov.Interaction.Domain.Letters;
using EGov.Interaction.Domain.Mailboxes;
using EGov.Interaction.Letters.Writing.Registration;

namespace EGov.UnitTests.Interaction.Writing;

public sealed class RoutingRuleMatcherTests
{
    private static readonly Guid Mailbox = Guid.NewGuid();

    private static RoutingRule Rule(string keywords, int priority, Guid? mailbox = null, LetterKind? kind = null, bool active = true)
        => new() { Keywords = keywords, Priority = priority, MailboxId = mailbox, Kind = kind, IsActive = active, TargetDepartmentId = Guid.NewGuid() };

    [Fact]
    public void Keyword_in_the_content_matches()
    {
        var food = Rule("食品,药品", 10, Mailbox);

        Assert.Same(food, RoutingRuleMatcher.Match([Rule("道路", 5, Mailbox), food], Mailbox, LetterKind.Complaint, "超市问题", "出售过期食品"));
    }

    [Fact]
    public void Lowest_priority_wins_when_several_match()
    {
        var first = Rule("超市", 1);

        Assert.Same(first, RoutingRuleMatcher.Match([Rule("食品", 2), first], Mailbox, LetterKind.Complaint, "超市食品", "内容内容内容内容"));
    }

    [Fact]
    public void Rule_of_another_mailbox_or_kind_does_not_match()
    {
        RoutingRule[] rules = [Rule("食品", 1, Guid.NewGuid()), Rule("食品", 2, Mailbox, LetterKind.Suggestion)];

        Assert.Null(RoutingRuleMatcher.Match(rules, Mailbox, LetterKind.Complaint, "食品", "食品安全问题反映"));
    }

    [Fact]
    public void Rule_without_keywords_matches_every_letter_of_its_kind()
    {
        var all = Rule("", 9, Mailbox, LetterKind.Report);

        Assert.Same(all, RoutingRuleMatcher.Match([all], Mailbox, LetterKind.Report, "举报", "有人违规占道经营"));
        Assert.Null(RoutingRuleMatcher.Match([all], Mailbox, LetterKind.Consultation, "咨询", "有人违规占道经营"));
    }

    [Fact]
    public void Inactive_rule_is_skipped()
        => Assert.Null(RoutingRuleMatcher.Match([Rule("食品", 1, active: false)], Mailbox, LetterKind.Complaint, "食品", "食品安全问题反映"));
}
