using EGov.Disclosure.Letters;
using Xunit;

namespace EGov.UnitTests.Disclosure.Letters;

public sealed class LetterTemplateRulesTests
{
    private static readonly LetterKindInfo Correction = LetterKinds.Find("correction")!;

    [Fact]
    public void Unknown_placeholder_is_rejected_by_name()
    {
        var result = LetterTemplateRules.Check(Correction, "补正告知书", "{申请人}：请补正{补正事项}，期限{补正期限}，{身份证号}。");

        Assert.Equal("disclosure.letter_template_broken", result.Error?.Code);
        Assert.Contains("{身份证号}", result.Error!.Fields!["body"][0], StringComparison.Ordinal);
    }

    [Fact]
    public void A_placeholder_of_another_kind_is_rejected()
    {
        var result = LetterTemplateRules.Check(Correction, "补正告知书", "{申请人}：请补正{补正事项}，期限{补正期限}，金额{收费金额}。");

        Assert.Contains("{收费金额}", result.Error?.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_required_placeholder_is_rejected()
    {
        var result = LetterTemplateRules.Check(Correction, "补正告知书", "{申请人}：请补正{补正事项}。");

        Assert.Contains("缺少必需的占位符：{补正期限}", result.Error?.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_stray_brace_is_rejected()
        => Assert.False(LetterTemplateRules.Check(Correction, "补正告知书", "{申请人}：请补正{补正事项}，期限{补正期限}}。").IsSuccess);

    [Fact]
    public void Empty_title_is_rejected_on_its_field()
        => Assert.True(LetterTemplateRules.Check(Correction, " ", "{申请人}：{补正事项}{补正期限}").Error?.Fields?.ContainsKey("title"));

    [Fact]
    public void A_template_with_the_required_placeholders_passes()
        => Assert.True(LetterTemplateRules.Check(Correction, "补正告知书", "{申请人}：\n请于{补正期限}前补正：{补正事项}。").IsSuccess);
}
