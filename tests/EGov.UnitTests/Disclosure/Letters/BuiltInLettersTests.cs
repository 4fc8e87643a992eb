using EGov.Disclosure.Domain.Requests;
using EGov.Disclosure.Letters;
using Xunit;

namespace EGov.UnitTests.Disclosure.Letters;

public sealed class BuiltInLettersTests
{
    /// <summary>Outcome names: the enum is internal to the module.</summary>
    public static TheoryData<string> Outcomes() => [.. ReplyOutcomes.All.Select(o => o.Outcome.ToString())];

    public static TheoryData<string> Kinds() => [.. LetterKinds.All.Select(k => k.Key)];

    private static LetterText Render(LetterKindInfo kind, ReplyOutcome outcome = ReplyOutcome.PartiallyDisclosed)
        => LetterRenderer.Fill(BuiltInLetters.For(kind), LetterValues.Of(LetterSamples.Facts(outcome)));

    [Theory]
    [MemberData(nameof(Outcomes))]
    public void Every_reply_outcome_letter_cites_its_legal_basis_and_leaves_no_placeholder(string name)
    {
        var outcome = Enum.Parse<ReplyOutcome>(name);
        var letter = Render(LetterKinds.Of(outcome), outcome);

        Assert.Contains(LetterText.FullBasis(ReplyOutcomes.Of(outcome).Basis), letter.Body, StringComparison.Ordinal);
        Assert.DoesNotMatch(@"\{[^{}]+\}", letter.Title + letter.Body);
        Assert.StartsWith("张三：", letter.Body, StringComparison.Ordinal);
    }

    [Theory]
    [MemberData(nameof(Outcomes))]
    public void Every_reply_outcome_letter_states_the_remedy_with_the_review_body(string name)
    {
        var outcome = Enum.Parse<ReplyOutcome>(name);

        Assert.Contains(
            "如对本答复不服，可以自收到本告知书之日起60日内向宜昌市人民政府申请行政复议，或者在6个月内向人民法院提起行政诉讼。",
            Render(LetterKinds.Of(outcome), outcome).Body,
            StringComparison.Ordinal);
    }

    [Fact]
    public void The_two_deemed_withdrawals_are_termination_letters()
    {
        Assert.Equal(LetterKind.Termination, LetterKinds.Of(ReplyOutcome.OtherNoCorrection).Letter);
        Assert.Equal(LetterKind.Termination, LetterKinds.Of(ReplyOutcome.OtherFeeUnpaid).Letter);
        Assert.Equal(19, LetterKinds.All.Count(k => k.Letter == LetterKind.Reply));
    }

    [Theory]
    [MemberData(nameof(Kinds))]
    public void Every_built_in_template_passes_its_own_placeholder_rules(string key)
    {
        var kind = LetterKinds.Find(key)!;
        var text = BuiltInLetters.For(kind);

        Assert.True(LetterTemplateRules.Check(kind, text.Title, text.Body).IsSuccess);
    }

    [Fact]
    public void Fee_notice_prints_amount_with_thousands_and_dates_in_Chinese()
    {
        var letter = Render(LetterKinds.Find("fee")!);

        Assert.Contains("应缴金额：1,700.00元", letter.Body, StringComparison.Ordinal);
        Assert.Contains("请您于2026年12月28日前缴纳", letter.Body, StringComparison.Ordinal);
        Assert.Contains("计费数量：230页", letter.Body, StringComparison.Ordinal);
    }

    [Fact]
    public void Consultation_letter_is_addressed_to_the_consulted_party_without_naming_the_applicant()
    {
        var letter = Render(LetterKinds.Find("consultation")!);

        Assert.StartsWith("某某公司：", letter.Body, StringComparison.Ordinal);
        Assert.DoesNotContain("张三", letter.Body, StringComparison.Ordinal);
        Assert.Contains("2026年12月18日前", letter.Body, StringComparison.Ordinal);
    }
}
