using EGov.Platform.Attachments;

namespace EGov.UnitTests.Attachments;

public class AttachmentFileNameTests
{
    [Theory]
    [InlineData("../../etc/passwd.pdf", "passwd.pdf")]
    [InlineData("C:\\Users\\张三\\桌面\\申请表.pdf", "申请表.pdf")]
    [InlineData("申请\u202Efdp.exe", "申请fdp.pdf")]
    [InlineData("a\r\nb.pdf", "ab.pdf")]
    [InlineData("报告<1>.PDF", "报告_1_.pdf")]
    [InlineData("", "附件.pdf")]
    [InlineData("...", "附件.pdf")]
    public void Name_keeps_no_folders_or_hidden_characters(string original, string expected)
        => Assert.Equal(expected, AttachmentFileName.Sanitize(original, AttachmentType.Pdf));

    [Fact]
    public void Extension_follows_the_detected_type()
        => Assert.Equal("照片.png", AttachmentFileName.Sanitize("照片.pdf", AttachmentType.Png));

    [Fact]
    public void Any_extension_of_the_type_is_kept()
        => Assert.Equal("照片.jpeg", AttachmentFileName.Sanitize("照片.JPEG", AttachmentType.Jpeg));

    [Fact]
    public void Long_names_are_cut_keeping_the_extension()
    {
        var name = AttachmentFileName.Sanitize(new string('长', 500) + ".pdf", AttachmentType.Pdf);

        Assert.Equal(AttachmentFileName.MaxLength, name.Length);
        Assert.EndsWith("长.pdf", name);
    }
}
