using EGov.Documents.Domain;

namespace EGov.UnitTests.Documents.Layout;

/// <summary>The 信函格式 of GB/T 9704-2012 §10.1, measured on the printed first page (A4, 版心 28–184 mm on page 1).</summary>
public sealed class LetterFormatTests
{
    private const double Em = 16 * Printed.Pt;

    [Fact]
    public void Letter_mark_is_the_agency_name_in_red_centred_with_its_top_30_mm_below_the_page_top()
    {
        using var printed = new Printed(DocumentSamples.Render(DocumentSamples.Letter()));
        var mark = printed.Lines(1)[0];

        Assert.Equal("西陵区人民政府", Printed.Of(mark));
        Assert.Equal(30, mark.Min(l => printed.Top(1, l)), 1.5);
        Assert.All(mark, l => Assert.True(IsRed(l.Color.ToRGBValues())));
        Assert.Equal(106, (mark[0].BoundingBox.Left + mark[^1].BoundingBox.Right) / 2 * Printed.Pt, 1.0);
        Assert.Contains("SungtiL", mark[0].FontName, StringComparison.Ordinal);
    }

    [Fact]
    public void Red_double_lines_of_170_mm_run_4_mm_below_the_mark_thick_over_thin_and_20_mm_above_the_bottom_thin_over_thick()
    {
        using var printed = new Printed(DocumentSamples.Render(DocumentSamples.Letter()));
        var mark = printed.Lines(1)[0];
        var lines = RedLines(printed);

        Assert.Equal(4, lines.Count);
        Assert.All(lines, l =>
        {
            Assert.Equal(170, l.Right - l.Left, 0.5);
            Assert.Equal(106, (l.Left + l.Right) / 2, 0.5);
        });
        var (upper, lower) = (lines[..2], lines[2..]);
        Assert.True(upper[0].Width > upper[1].Width, "上粗下细");
        Assert.True(lower[0].Width < lower[1].Width, "上细下粗");
        Assert.Equal(4, upper[0].Top - mark.Max(l => printed.Bottom(1, l)), 1.5);
        Assert.InRange(upper[1].Top - upper[0].Bottom, 0.3, 1.5);
        Assert.Equal(20, 297 - lower[1].Bottom, 0.3);
        Assert.All(printed.Letters(1), l => Assert.True(printed.Bottom(1, l) < lower[0].Top, $"「{l.Value}」 runs into the lower double line"));
    }

    [Fact]
    public void Marks_flush_left_and_the_number_flush_right_start_7_8_of_a_character_below_the_double_line_and_the_title_two_lines_below()
    {
        using var printed = new Printed(DocumentSamples.Render(DocumentSamples.Letter()));
        var lines = printed.Lines(1).Select(l => (Text: Printed.Of(l), Letters: l)).ToList();
        var first = lines.Single(l => l.Text.StartsWith("000012", StringComparison.Ordinal)).Letters;
        var upperBottom = RedLines(printed)[1].Bottom;
        var emTop = ((printed.Page(1).Height - first[0].StartBaseLine.Y) * Printed.Pt) - (0.88 * Em);

        Assert.Equal("000012西政函〔2026〕8号", Printed.Of(first));
        Assert.Equal(Em * 7 / 8, emTop - upperBottom, 0.3);
        Assert.Equal(28, Printed.Left(first[0]), 1.0);
        Assert.Equal(28 + 156, Printed.Right(first[^1]), 1.0);
        var texts = lines.Select(l => l.Text).ToList();
        Assert.Equal(["000012西政函〔2026〕8号", "秘密★1年", "特急"], texts.Skip(1).Take(3));
        var urgency = lines.Single(l => l.Text == "特急").Letters[0].StartBaseLine.Y;
        var title = lines.First(l => l.Text.StartsWith("西陵区人民政府关于", StringComparison.Ordinal)).Letters[0];
        Assert.InRange((urgency - title.StartBaseLine.Y) * Printed.Pt, 3 * 225.0 / 22, 4 * 225.0 / 22);
    }

    [Fact]
    public void Letter_prints_its_elements_in_order_and_a_version_without_印发机关_or_rules_in_the_imprint()
    {
        using var printed = new Printed(DocumentSamples.Render(DocumentSamples.Letter()));

        Assert.Equal(1, printed.Pages);
        ElementOrderTests.AssertInOrder(
            printed.Text,
            "西陵区人民政府", "000012", "秘密★1年", "特急", "西政函〔2026〕8号", "西陵区人民政府关于商请支持老旧小区改造项目用地的函",
            "宜昌市自然资源和规划局：", "为推进我区老旧小区改造，第1批", "第2批", "西陵区人民政府", "2026年11月5日",
            "抄送：区住房和城市更新局，区财政局。");
        Assert.DoesNotContain("印发", printed.Text, StringComparison.Ordinal);
        Assert.DoesNotContain(printed.Page(printed.Pages).Paths, p => p.IsStroked && !IsRed(p.StrokeColor!.ToRGBValues()));
    }

    [Fact]
    public void Copy_recipients_sit_at_the_foot_of_the_last_page_and_only_the_first_page_goes_unnumbered()
    {
        var rendered = DocumentSamples.Render(DocumentSamples.Letter(paragraphs: 12));
        using var printed = new Printed(rendered);
        var copies = printed.Lines(printed.Pages).Single(l => Printed.Of(l).StartsWith("抄送：", StringComparison.Ordinal));

        Assert.True(printed.Pages >= 2, $"{printed.Pages} pages");
        Assert.DoesNotContain(printed.Lines(1), l => Printed.Of(l).StartsWith('—'));
        Assert.Equal("—2—", Printed.Of(printed.Lines(2)[^1]));
        Assert.InRange(printed.Bottom(printed.Pages, copies[0]), 37 + 225 - (225.0 / 22), 37 + 225);
        Assert.Contains("西陵区人民政府", printed.PageText(printed.Pages), StringComparison.Ordinal);
        Assert.Empty(RedLines(printed, page: 2));
    }

    [Fact]
    public void File_format_is_the_default_and_keeps_its_head_page_number_and_imprint()
    {
        Assert.Equal(PrintFormat.File, DocumentSamples.Notice().Format);
        using var printed = new Printed(DocumentSamples.Render(DocumentSamples.Notice()));

        Assert.Single(RedLines(printed));
        Assert.Equal("—1—", Printed.Of(printed.Lines(1)[^1]));
        Assert.Contains("西陵区人民政府办公室2026年11月5日印发", printed.Text, StringComparison.Ordinal);
    }

    /// <summary>The red rules of a page, top down, in millimetres.</summary>
    private static List<(double Top, double Bottom, double Left, double Right, double Width)> RedLines(Printed printed, int page = 1) => [.. printed.Page(page).Paths
        .Where(p => p.IsStroked && IsRed(p.StrokeColor!.ToRGBValues()))
        .Select(p => (Rect: p.GetBoundingRectangle()!.Value, Width: (double)p.LineWidth * Printed.Pt))
        .Select(p => (Centre: (printed.Page(page).Height - ((p.Rect.Top + p.Rect.Bottom) / 2)) * Printed.Pt, p.Rect, p.Width))
        .Select(p => (p.Centre - (p.Width / 2), p.Centre + (p.Width / 2), p.Rect.Left * Printed.Pt, p.Rect.Right * Printed.Pt, p.Width))
        .OrderBy(l => l.Item1)];

    private static bool IsRed((double R, double G, double B) rgb) => rgb.R > 0.9 && rgb.G < 0.1 && rgb.B < 0.1;
}
