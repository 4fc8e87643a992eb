using EGov.Disclosure.Letters;
using Xunit;

namespace EGov.UnitTests.Disclosure.Letters;

public sealed class LetterRendererTests
{
    [Fact]
    public void First_line_ending_in_a_colon_becomes_the_salutation()
    {
        var pdf = LetterRenderer.ToPdf(new LetterText("标题", "张三：\n第一段。\n第二段。"), "宜昌市西陵区人民政府", new DateOnly(2026, 11, 28));

        Assert.Equal("张三：", pdf.Salutation);
        Assert.Equal(["第一段。", "第二段。"], pdf.Paragraphs);
    }

    [Fact]
    public void A_value_with_line_breaks_becomes_several_paragraphs()
    {
        var filled = LetterRenderer.Fill(new LetterText("{申请编号}", "{申请人}：\n{答复内容}"), new Dictionary<string, string>
        {
            ["申请人"] = "张三",
            ["申请编号"] = "2026-00042",
            ["答复内容"] = "一、第一点。\n二、第二点。",
        });

        Assert.Equal("2026-00042", filled.Title);
        Assert.Equal(["张三：", "一、第一点。", "二、第二点。"], filled.Paragraphs);
    }

    [Fact]
    public void District_government_letters_name_the_city_as_review_body_and_departments_the_district()
    {
        var values = LetterValues.Of(LetterSamples.Facts());

        Assert.Equal("宜昌市人民政府", values[LetterPlaceholders.ReviewAuthority]);
        Assert.Equal("2026年11月2日", values[LetterPlaceholders.ReceivedOn]);
        Assert.Equal("2026年11月28日", values[LetterPlaceholders.Date]);
    }
}
