using EGov.Documents.Domain;
using EGov.Documents.Rules;
using static EGov.UnitTests.Documents.DraftBuilder;

namespace EGov.UnitTests.Documents;

public sealed class DraftingRulesTests
{
    [Fact]
    public void A_downward_notice_to_many_units_breaks_no_rule() => Assert.Empty(Codes(Notice()));

    [Fact]
    public void A_request_to_one_higher_body_breaks_no_rule() => Assert.Empty(Codes(Request()));

    [Theory]
    [InlineData("宜昌市人民政府，宜昌市财政局")]
    [InlineData("宜昌市人民政府、宜昌市财政局")]
    [InlineData("各有关部门")]
    [InlineData("")]
    public void A_request_has_exactly_one_main_recipient(string main)
    {
        var finding = DraftingRules.Check(Request() with { MainRecipients = main }, new RuleSettings()).Single();
        Assert.Equal(("documents.request_one_main_recipient", true), (finding.Code, finding.IsError));
        Assert.Contains("第十五条", finding.Article, StringComparison.Ordinal);
    }

    [Fact]
    public void A_request_with_two_internal_main_recipients_is_refused()
        => Assert.Contains("documents.request_one_main_recipient", Codes(Request() with { MainRecipientIds = [Guid.NewGuid(), Guid.NewGuid()] }));

    [Fact]
    public void A_request_copied_to_a_subordinate_department_is_refused()
        => Assert.Equal(["documents.upward_copied_to_subordinate"], Codes(Request() with { CopyRecipients = "西陵街道", CopyRecipientIds = [Street] }));

    [Theory]
    [InlineData("各街道办事处")]
    [InlineData("区政府各部门")]
    public void A_request_copied_to_subordinates_by_a_collective_name_is_refused(string copy)
        => Assert.Equal(["documents.upward_copied_to_subordinate"], Codes(Request() with { CopyRecipients = copy }));

    [Fact]
    public void A_collective_name_is_no_subordinate_of_an_agency_without_any()
        => Assert.Empty(Codes(Request() with { CopyRecipients = "区政府各部门", SubordinateIds = new HashSet<Guid>() }));

    [Fact]
    public void A_request_copied_to_a_body_of_equal_rank_is_allowed()
        => Assert.Empty(Codes(Request() with { CopyRecipients = "宜昌市财政局", CopyRecipientIds = [Guid.NewGuid()] }));

    [Fact]
    public void A_request_sent_downward_is_warned()
    {
        var finding = DraftingRules.Check(Request() with { Direction = Direction.Downward }, new RuleSettings()).Single();
        Assert.Equal(("documents.request_upward", false), (finding.Code, finding.IsError));
    }

    [Fact]
    public void A_request_about_two_matters_is_warned_not_refused()
    {
        var findings = DraftingRules.Check(Request() with { Title = "关于申请防汛资金和增加编制的请示" }, new RuleSettings());
        Assert.Equal("documents.request_one_matter", Assert.Single(findings).Code);
        Assert.False(DraftingRules.HasErrors(findings));
    }

    [Theory]
    [InlineData("以上报告，请批示。")]
    [InlineData("妥否，请审批。")]
    [InlineData("当否，请批准。")]
    public void A_report_carries_no_request(string ending)
    {
        var finding = DraftingRules.Check(Report() with { Body = "现将情况报告如下。" + ending }, new RuleSettings()).Single();
        Assert.Equal(("documents.report_carries_request", true), (finding.Code, finding.IsError));
        Assert.Contains("第十五条（四）", finding.Article, StringComparison.Ordinal);
    }

    [Fact]
    public void The_request_phrases_are_a_setting()
    {
        var settings = new RuleSettings { RequestPhrases = ["请领导阅示"] };
        Assert.Empty(DraftingRules.Check(Report() with { Body = "妥否，请批示。" }, settings));
        Assert.Single(DraftingRules.Check(Report() with { Body = "请领导阅示。" }, settings));
    }

    [Fact]
    public void A_report_copied_to_subordinates_is_refused_as_every_upward_document()
        => Assert.Equal(["documents.upward_copied_to_subordinate"], Codes(Report() with { CopyRecipients = "各街道办事处" }));

    [Theory]
    [InlineData(DocumentType.Order)]
    [InlineData(DocumentType.Decision)]
    [InlineData(DocumentType.Notice)]
    public void An_upward_command_or_decision_is_warned(object type)
    {
        var finding = DraftingRules.Check(Report() with { Type = (DocumentType)type }, new RuleSettings()).Single();
        Assert.Equal(("documents.upward_type", false), (finding.Code, finding.IsError));
    }

    [Fact]
    public void An_upward_opinion_is_fine() => Assert.Empty(Codes(Report() with { Type = DocumentType.Opinion }));

    [Theory]
    [InlineData(Secrecy.Secret)]
    [InlineData(Secrecy.Confidential)]
    [InlineData(Secrecy.TopSecret)]
    public void A_classified_document_needs_a_six_digit_copy_number(object level)
    {
        var classified = Notice() with { Secrecy = (Secrecy)level, Publicity = Publicity.NotDisclosed };
        Assert.Equal(["documents.classified_needs_copy_number"], Codes(classified));
        Assert.Equal(["documents.classified_needs_copy_number"], Codes(classified with { CopyNumber = "12345" }));
        Assert.Empty(Codes(classified with { CopyNumber = "000123" }));
    }

    [Theory]
    [InlineData(Secrecy.Secret, 10, 11)]
    [InlineData(Secrecy.Confidential, 20, 21)]
    [InlineData(Secrecy.TopSecret, 30, 31)]
    public void The_secrecy_period_is_within_the_legal_maximum(object level, int max, int over)
    {
        var classified = Notice() with { Secrecy = (Secrecy)level, CopyNumber = "000001", Publicity = Publicity.NotDisclosed };
        Assert.Empty(Codes(classified with { SecrecyYears = max }));
        Assert.Empty(Codes(classified with { SecrecyYears = null }));
        Assert.Equal(["documents.secrecy_period"], Codes(classified with { SecrecyYears = over }));
        Assert.Equal(["documents.secrecy_period"], Codes(classified with { SecrecyYears = 0 }));
    }

    [Theory]
    [InlineData(Publicity.Proactive)]
    [InlineData(Publicity.OnRequest)]
    public void A_classified_document_is_never_disclosed(object publicity)
    {
        var classified = Notice() with { Secrecy = Secrecy.Confidential, CopyNumber = "000001" };
        var finding = DraftingRules.Check(classified with { Publicity = (Publicity)publicity }, new RuleSettings()).Single();
        Assert.Equal(("documents.classified_not_disclosed", true), (finding.Code, finding.IsError));
        Assert.Contains("第十四条", finding.Article, StringComparison.Ordinal);
        Assert.Empty(Codes(classified with { Publicity = Publicity.NotDisclosed }));
    }

    [Theory]
    [InlineData(Publicity.Proactive)]
    [InlineData(Publicity.NotDisclosed)]
    public void An_unclassified_document_may_have_any_publicity(object publicity)
        => Assert.Empty(Codes(Notice() with { Publicity = (Publicity)publicity }));

    [Theory]
    [InlineData(Secrecy.None)]
    [InlineData(Secrecy.Internal)]
    public void An_unclassified_document_needs_no_copy_number(object level)
        => Assert.Empty(Codes(Notice() with { Secrecy = (Secrecy)level }));

    [Fact]
    public void An_upward_document_names_its_signer()
    {
        Assert.Equal("documents.upward_needs_signer", DraftingRules.SignerRequired(Direction.Upward, null)?.Code);
        Assert.Null(DraftingRules.SignerRequired(Direction.Upward, "周明"));
        Assert.Null(DraftingRules.SignerRequired(Direction.Downward, null));
    }

    [Fact]
    public void Every_finding_cites_its_source()
    {
        var all = DraftingRules.Check(
            Request() with { MainRecipients = "甲，乙", CopyRecipients = "各街道", Secrecy = Secrecy.Secret, SecrecyYears = 99, Title = "关于甲和乙的请示", Direction = Direction.Parallel },
            new RuleSettings());
        Assert.True(all.Count >= 5);
        Assert.All(all, f => Assert.False(string.IsNullOrWhiteSpace(f.Article)));
    }
}
