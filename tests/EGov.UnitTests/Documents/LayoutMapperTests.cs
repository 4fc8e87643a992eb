using EGov.Documents.Domain;
using EGov.Documents.Outgoing;

namespace EGov.UnitTests.Documents;

public sealed class LayoutMapperTests
{
    private static OfficialDocument Document() => new()
    {
        Id = Guid.NewGuid(),
        Type = DocumentType.Request,
        Direction = Direction.Upward,
        CopyNumber = "000012",
        Secrecy = Secrecy.Confidential,
        SecrecyYears = 5,
        Urgency = Urgency.ExtraUrgent,
        AgencyMark = "西陵区人民政府文件",
        DocumentNumber = "西政发〔2026〕7号",
        Signer = "周明",
        Title = "西陵区人民政府关于申请防汛专项资金的请示",
        MainRecipients = "宜昌市人民政府：",
        Body = "一、基本情况\n为做好防汛工作。",
        SignatureAgency = "西陵区人民政府",
        SignedOffOn = new DateOnly(2026, 3, 5),
        Remarks = "（联系人：李文静）",
        CopyRecipients = "宜昌市财政局。",
        PrintingAgency = "西陵区人民政府办公室",
        PrintedOn = new DateOnly(2026, 3, 6),
        Attachments =
        [
            new() { AttachmentId = Guid.NewGuid(), Name = "资金测算表", Order = 2 },
            new() { AttachmentId = Guid.NewGuid(), Name = "防汛工作方案", Order = 1 },
        ],
    };

    [Fact]
    public void Every_element_lands_in_its_field()
    {
        var layout = LayoutMapper.Map(Document());

        Assert.Equal(("000012", "机密★5年", "特急"), (layout.CopyNumber, layout.SecrecyMark, layout.UrgencyMark));
        Assert.Equal(("西陵区人民政府文件", "西政发〔2026〕7号", "西陵区人民政府关于申请防汛专项资金的请示"), (layout.AgencyMark, layout.DocumentNumber, layout.Title));
        Assert.Equal(["周明"], layout.Signers);
        Assert.Equal(("宜昌市人民政府", "一、基本情况\n为做好防汛工作。"), (layout.MainRecipients, layout.Body));
        Assert.Equal(["防汛工作方案", "资金测算表"], layout.AttachmentNames);
        Assert.Equal(["防汛工作方案", "资金测算表"], layout.Attachments.Select(a => a.Name));
        Assert.Equal(("西陵区人民政府", new DateOnly(2026, 3, 5), "联系人：李文静"), (layout.SignatureAgency, layout.WrittenOn, layout.Remarks));
        Assert.Equal(("宜昌市财政局", "西陵区人民政府办公室", new DateOnly(2026, 3, 6)), (layout.CopyRecipients, layout.PrintingAgency, layout.PrintedOn));
    }

    [Fact]
    public void The_signer_is_printed_on_upward_documents_only()
    {
        var document = Document();
        document.Direction = Direction.Downward;
        Assert.Empty(LayoutMapper.Map(document).Signers);
    }

    [Fact]
    public void An_unclassified_document_carries_no_copy_number_or_secrecy_mark()
    {
        var document = Document();
        (document.Secrecy, document.Urgency) = (Secrecy.Internal, Urgency.Normal);
        var layout = LayoutMapper.Map(document);
        Assert.Equal((null, null, null), (layout.CopyNumber, layout.SecrecyMark, layout.UrgencyMark));
    }

    [Theory]
    [InlineData(Secrecy.Secret, null, "秘密★10年")]
    [InlineData(Secrecy.Confidential, null, "机密★20年")]
    [InlineData(Secrecy.TopSecret, null, "绝密★30年")]
    [InlineData(Secrecy.TopSecret, 15, "绝密★15年")]
    public void The_secrecy_mark_uses_the_legal_maximum_when_no_period_is_set(object secrecy, int? years, string mark)
        => Assert.Equal(mark, LayoutMapper.SecrecyMark((Secrecy)secrecy, years));

    [Theory]
    [InlineData(PrintFormat.File)]
    [InlineData(PrintFormat.Letter)]
    public void The_format_copied_from_the_template_is_the_format_laid_out(object format)
    {
        var document = Document();
        document.Format = (PrintFormat)format;
        Assert.Equal((PrintFormat)format, LayoutMapper.Map(document).Format);
    }

    [Fact]
    public void The_written_date_fixed_by_the_drafter_wins_over_the_sign_off_date()
    {
        var document = Document();
        document.WrittenOn = new DateOnly(2026, 3, 1);
        Assert.Equal(new DateOnly(2026, 3, 1), LayoutMapper.Map(document).WrittenOn);
    }

    [Theory]
    [InlineData(2026, 3, 5, "2026年3月5日")]
    [InlineData(2026, 11, 28, "2026年11月28日")]
    [InlineData(2027, 1, 10, "2027年1月10日")]
    public void Dates_print_without_leading_zeros(int y, int m, int d, string text)
        => Assert.Equal(text, ChineseDate.Format(new DateOnly(y, m, d)));
}
