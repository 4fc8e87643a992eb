using EGov.Disclosure.Domain.Requests;
using EGov.Disclosure.Requests.Handling.Replies;

namespace EGov.UnitTests.Disclosure.Handling;

/// <summary>What each reply must carry (条例 第三十六条 to 第三十九条).</summary>
public sealed class ReplyRulesTests
{
    [Fact]
    public void Every_refusal_needs_reasons()
    {
        foreach (var outcome in ReplyOutcomes.All.Select(o => o.Outcome).Where(o => ReplyOutcomes.IsChosenInReply(o) && o != ReplyOutcome.Disclosed))
        {
            Assert.Equal("Text", ReplyRules.Check(new ReplyDraftInput(outcome, " "), files: 1, corrected: true)?.Fields?.Keys.Single());
        }
    }

    [Fact]
    public void Disclosure_needs_a_file_unless_already_public_with_where_to_obtain_or_read_on_site()
    {
        Assert.Equal("Files", ReplyRules.Check(new ReplyDraftInput(ReplyOutcome.Disclosed, null), 0, false)?.Fields?.Keys.Single());
        Assert.Equal("WhereToObtain", ReplyRules.Check(new ReplyDraftInput(ReplyOutcome.Disclosed, null, AlreadyPublic: true), 0, false)?.Fields?.Keys.Single());
        Assert.Null(ReplyRules.Check(new ReplyDraftInput(ReplyOutcome.Disclosed, null, AlreadyPublic: true, WhereToObtain: "区政府门户网站"), 0, false));
        Assert.Null(ReplyRules.Check(new ReplyDraftInput(ReplyOutcome.Disclosed, null, OnSiteReading: true), 0, false));
        Assert.Null(ReplyRules.Check(new ReplyDraftInput(ReplyOutcome.Disclosed, null), 1, false));
    }

    [Fact]
    public void Partial_disclosure_needs_the_disclosable_part()
        => Assert.Equal("Files", ReplyRules.Check(new ReplyDraftInput(ReplyOutcome.PartiallyDisclosed, "第三页涉及个人隐私"), 0, false)?.Fields?.Keys.Single());

    [Fact]
    public void Not_held_names_the_responsible_agency_or_explains_why_not()
    {
        Assert.Equal("ResponsibleAgency", ReplyRules.Check(new ReplyDraftInput(ReplyOutcome.UnavailableNotHeld, "本机关不掌握"), 0, false)?.Fields?.Keys.Single());
        Assert.Null(ReplyRules.Check(new ReplyDraftInput(ReplyOutcome.UnavailableNotHeld, "本机关不掌握", ResponsibleAgency: "区自然资源局，0717-1234567"), 0, false));
    }

    [Fact]
    public void Still_unclear_after_correction_needs_a_correction()
        => Assert.NotNull(ReplyRules.Check(new ReplyDraftInput(ReplyOutcome.UnavailableStillUnclear, "补正后仍不明确"), 0, corrected: false));

    [Fact]
    public void Deemed_withdrawals_are_not_chosen_in_a_reply()
    {
        foreach (var outcome in new[] { ReplyOutcome.OtherNoCorrection, ReplyOutcome.OtherFeeUnpaid })
        {
            Assert.Equal("Outcome", ReplyRules.Check(new ReplyDraftInput(outcome, "理由"), 1, true)?.Fields?.Keys.Single());
        }
    }
}
