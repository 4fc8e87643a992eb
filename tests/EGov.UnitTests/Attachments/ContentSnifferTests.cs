using System.Text;
using EGov.Platform.Attachments;

namespace EGov.UnitTests.Attachments;

public class ContentSnifferTests
{
    private static readonly AttachmentOptions Limits = new() { MaxBytes = 1000, MaxArchiveEntries = 5, MaxExpansionFactor = 10 };

    private static string? Detect(byte[] content, string name)
    {
        var result = ContentSniffer.Detect(new MemoryStream(content), name, Limits);
        return result.IsSuccess ? result.Value.ContentType : result.Error!.Code;
    }

    [Fact]
    public void Recognises_every_allowed_kind_by_its_bytes()
    {
        Assert.Equal("application/pdf", Detect(TestFiles.Pdf(), "通知.pdf"));
        Assert.Equal("image/png", Detect(TestFiles.Png(), "照片.png"));
        Assert.Equal("image/jpeg", Detect(TestFiles.Jpeg(), "照片.jpg"));
        Assert.Equal("image/gif", Detect(TestFiles.Gif(), "图.gif"));
        Assert.Equal(AttachmentType.Docx.ContentType, Detect(TestFiles.Docx(), "通知.docx"));
        Assert.Equal(AttachmentType.Xlsx.ContentType, Detect(TestFiles.Xlsx(), "统计.xlsx"));
        Assert.Equal("application/ofd", Detect(TestFiles.Ofd(), "公文.ofd"));
        Assert.Equal("application/msword", Detect(TestFiles.Ole2(), "旧公文.doc"));
        Assert.Equal("application/vnd.ms-excel", Detect(TestFiles.Ole2(), "旧报表.xls"));
    }

    [Fact]
    public void Content_decides_not_the_name()
        => Assert.Equal("image/png", Detect(TestFiles.Png(), "报告.pdf"));

    [Fact]
    public void Executable_renamed_to_pdf_is_refused()
        => Assert.Equal("attachments.type_not_allowed", Detect(TestFiles.Exe(), "报告.pdf"));

    [Fact]
    public void Ole2_file_not_named_as_legacy_office_is_refused()
        => Assert.Equal("attachments.type_not_allowed", Detect(TestFiles.Ole2(), "setup.msi"));

    [Fact]
    public void Zip_that_is_no_office_or_ofd_document_is_refused()
        => Assert.Equal("attachments.type_not_allowed", Detect(TestFiles.Zip(("payload.js", "alert(1)")), "文档.docx"));

    [Fact]
    public void Utf8_text_is_accepted_only_when_named_txt()
    {
        var text = Encoding.UTF8.GetBytes("西陵区政务公开指南\n第一条");

        Assert.Equal("text/plain; charset=utf-8", Detect(text, "指南.txt"));
        Assert.Equal("attachments.type_not_allowed", Detect(text, "指南.html"));
    }

    [Theory]
    [InlineData(new byte[] { 0x61, 0x00, 0x62 })]
    [InlineData(new byte[] { 0x61, 0xC3, 0x28 })]
    public void Text_with_nul_or_invalid_utf8_is_refused(byte[] content)
        => Assert.Equal("attachments.type_not_allowed", Detect(content, "a.txt"));

    [Fact]
    public void Archive_with_too_many_entries_is_refused_before_reading_it()
    {
        var entries = Enumerable.Range(0, 6).Select(i => ($"word/p{i}.xml", "x")).Append(("[Content_Types].xml", "<Types/>"));

        Assert.Equal("attachments.archive_too_large", Detect(TestFiles.Zip([.. entries]), "a.docx"));
    }

    [Fact]
    public void Archive_that_expands_beyond_ten_times_the_limit_is_refused()
    {
        // 10,001 bytes of zeros compress to a few dozen: a small zip bomb against a 1,000-byte limit.
        var bomb = TestFiles.Zip(("[Content_Types].xml", "<Types/>"), ("word/document.xml", new string('0', 10_001)));

        Assert.True(bomb.Length < Limits.MaxBytes);
        Assert.Equal("attachments.archive_too_large", Detect(bomb, "a.docx"));
    }

    [Fact]
    public void Truncated_zip_is_refused()
        => Assert.Equal("attachments.type_not_allowed", Detect(TestFiles.Docx()[..200], "a.docx"));
}
