using EGov.Documents.Layout;
using EGov.Documents.Layout.Fonts;
using EGov.Documents.Layout.Typesetting;

namespace EGov.UnitTests.Documents.Layout;

public sealed class FontTests
{
    [Fact]
    public void Each_element_is_printed_in_the_style_of_the_standard_with_the_faces_embedded()
    {
        var rendered = DocumentSamples.Render(DocumentSamples.Notice());
        using var printed = new Printed(rendered);
        var letters = Enumerable.Range(1, printed.Pages).SelectMany(printed.Letters).ToList();
        string FontOf(string line, char c) => printed.Lines(1).Concat(printed.Lines(2))
            .Single(l => Printed.Of(l).StartsWith(line, StringComparison.Ordinal)).First(l => l.Value == c.ToString()).FontName ?? "";

        Assert.Contains("cwTeXFangSong", FontOf("为认真贯彻", '真'), StringComparison.Ordinal);
        Assert.Contains("WenQuanYi", FontOf("一、高度重视", '高'), StringComparison.Ordinal);
        Assert.Contains("WenQuanYi", FontOf("秘密", '秘'), StringComparison.Ordinal);
        Assert.Contains("KaitiM", FontOf("（一）压实责任", '压'), StringComparison.Ordinal);
        Assert.Contains("cwTeXFangSong", FontOf("（一）压实责任", '各'), StringComparison.Ordinal);
        Assert.Contains("SungtiL", FontOf("西陵区人民政府关于", '关'), StringComparison.Ordinal);
        Assert.Contains("SungtiL", FontOf("西陵区人民政府文件", '文'), StringComparison.Ordinal);
        Assert.True(CountOf(rendered.Pdf, "/FontFile2") >= 4, "TrueType faces embedded");
        Assert.DoesNotContain(letters, l => l.Value == "\uFFFD");
    }

    [Fact]
    public void Simplified_characters_missing_from_the_fangsong_face_fall_back_to_song()
    {
        using var printed = new Printed(DocumentSamples.Render(DocumentSamples.Notice()));
        var recipients = printed.Lines(1).Single(l => Printed.Of(l).StartsWith("各街道办事处", StringComparison.Ordinal));

        Assert.Contains("SungtiL", recipients.First(l => l.Value == "区").FontName, StringComparison.Ordinal);
        Assert.Contains("SungtiL", recipients.First(l => l.Value == "，").FontName, StringComparison.Ordinal);
        Assert.Contains("cwTeXFangSong", recipients.First(l => l.Value == "街").FontName, StringComparison.Ordinal);
    }

    [Fact]
    public void Cwtex_fangsong_lacks_simplified_characters_that_the_song_face_has()
    {
        var fangSong = TrueTypeFace.Coverage(File.ReadAllBytes(Installed("cwfs.ttf")));
        var song = TrueTypeFace.Coverage(File.ReadAllBytes(Installed("gbsn00lp.ttf")));

        Assert.Contains('通', fangSong);
        Assert.DoesNotContain('区', fangSong);
        Assert.Contains('区', song);
    }

    [Fact]
    public void First_face_of_a_collection_is_a_font_of_its_own()
    {
        var face = TrueTypeFace.FirstFace(File.ReadAllBytes(Installed("wqy-zenhei.ttc")));

        Assert.Equal([0, 1, 0, 0], face[..4]);
        Assert.Contains('区', TrueTypeFace.Coverage(face));
    }

    [Fact]
    public void Missing_font_fails_with_a_message_naming_the_file_and_package()
    {
        var result = DocumentSamples.Renderer(new DocumentFontOptions { Kai = "kaiti-missing.ttf" }).Render(DocumentSamples.Notice());

        Assert.Equal(LayoutErrors.FontMissingCode, result.Error!.Code);
        Assert.Contains("楷体", result.Error.Message, StringComparison.Ordinal);
        Assert.Contains("kaiti-missing.ttf", result.Error.Message, StringComparison.Ordinal);
        Assert.Contains("fonts-cwtex-fs", LayoutErrors.FontMissing("仿宋", "cwfs.ttf").Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("一、总体要求", 1)]
    [InlineData("十二、附则", 1)]
    [InlineData("（三）加强督查。各单位要……", 2)]
    [InlineData("3.道路交通。", 3)]
    [InlineData("（2）建筑施工。", 4)]
    [InlineData("一是加强领导。", 0)]
    public void Headings_are_told_by_their_prefix(string paragraph, int level) => Assert.Equal(level, Headings.Level(paragraph));

    [Fact]
    public void Heading_ends_at_its_first_full_stop_when_text_follows()
    {
        Assert.Equal(6, Headings.Length("（一）压实。各单位要落实。"));
        Assert.Equal(8, Headings.Length("一、高度重视组织"));
    }

    [Fact]
    public void Long_title_is_wrapped_into_lines_of_nearly_equal_length()
    {
        var title = "西陵区人民政府办公室关于印发西陵区进一步优化营商环境提升政务服务效能若干措施的通知";
        var lines = TitleLines.Break(title, 18, 0.5, s => s.Length);

        Assert.Equal(3, lines.Count);
        Assert.Equal(title, string.Concat(lines));
        Assert.True(lines.Max(l => l.Length) - lines.Min(l => l.Length) <= 2, string.Join('|', lines));
    }

    private static string Installed(string file)
        => Directory.EnumerateFiles("/usr/share/fonts", file, SearchOption.AllDirectories).First();

    private static int CountOf(byte[] pdf, string token)
        => System.Text.Encoding.Latin1.GetString(pdf).Split(token).Length - 1;
}
