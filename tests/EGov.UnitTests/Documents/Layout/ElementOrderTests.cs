namespace EGov.UnitTests.Documents.Layout;

public sealed class ElementOrderTests
{
    [Fact]
    public void Notice_prints_every_element_in_the_order_of_the_standard()
    {
        using var printed = new Printed(DocumentSamples.Render(DocumentSamples.Notice()));

        AssertInOrder(
            printed.Text,
            "000012", "秘密★1年", "特急", "西陵区人民政府文件", "西政发〔2026〕12号",
            "西陵区人民政府关于做好2026年冬季安全生产工作的通知", "各街道办事处，区政府各部门：", "为认真贯彻落实国务院",
            "一、高度重视，切实加强组织领导", "（一）压实责任。", "各单位请于2026年12月15日前",
            "附件：1.冬季安全生产专项检查表", "2.西陵区安全生产工作联系人名单", "西陵区人民政府", "2026年11月5日", "（此件公开发布）",
            "附件1", "冬季安全生产专项检查表", "全区各类生产经营单位。", "附件2", "西陵区安全生产工作联系人名单",
            "抄送：区委办公室，区人大常委会办公室", "区检察院。", "西陵区人民政府办公室", "2026年11月5日印发");
    }

    [Fact]
    public void Dates_are_printed_without_leading_zeros()
    {
        var layout = DocumentSamples.Notice() with { WrittenOn = new DateOnly(2026, 1, 5), PrintedOn = new DateOnly(2026, 1, 6) };
        using var printed = new Printed(DocumentSamples.Render(layout));

        Assert.Contains("西陵区人民政府2026年1月5日", printed.Text, StringComparison.Ordinal);
        Assert.Contains("2026年1月6日印发", printed.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("年01月", printed.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("月05日", printed.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_single_attachment_is_named_without_a_number()
    {
        var layout = DocumentSamples.Notice() with
        {
            AttachmentNames = ["冬季安全生产专项检查表"],
            Attachments = [DocumentSamples.Notice().Attachments[0]],
        };
        using var printed = new Printed(DocumentSamples.Render(layout));

        Assert.Contains("附件：冬季安全生产专项检查表", printed.Text, StringComparison.Ordinal);
        Assert.DoesNotContain("附件1", printed.Text, StringComparison.Ordinal);
        Assert.Contains("附件冬季安全生产专项检查表一、检查范围", printed.Text, StringComparison.Ordinal);
    }

    [Fact]
    public void Request_names_its_signers_and_prints_the_number_on_the_line_of_the_last_one()
    {
        using var printed = new Printed(DocumentSamples.Render(DocumentSamples.Request()));
        var lines = printed.Lines(1).Select(Printed.Of).ToList();

        Assert.Contains("签发人：张伟李强", lines);
        Assert.Contains("西政文〔2026〕3号王芳", lines);
        AssertInOrder(printed.Text, "西陵区人民政府文件", "签发人：", "西陵区人民政府关于申请", "宜昌市人民政府：", "妥否，请批示。", "（联系人：刘洋，电话：0717-6221234）");
    }

    internal static void AssertInOrder(string text, params string[] parts)
    {
        var at = 0;
        foreach (var part in parts)
        {
            var found = text.IndexOf(part, at, StringComparison.Ordinal);
            Assert.True(found >= 0, $"「{part}」 not found after position {at} in: {text}");
            at = found + part.Length;
        }
    }
}
