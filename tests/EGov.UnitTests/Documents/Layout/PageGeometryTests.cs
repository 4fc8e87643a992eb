namespace EGov.UnitTests.Documents.Layout;

/// <summary>The positions GB/T 9704-2012 fixes, measured on the glyphs (±1 mm where the standard allows it).</summary>
public sealed class PageGeometryTests
{
    private const double Pitch = 225.0 / 22;
    private const double Cell = 156.0 / 28;

    [Fact]
    public void Every_page_is_A4()
    {
        using var printed = new Printed(DocumentSamples.Render(DocumentSamples.Notice()));

        Assert.All(Enumerable.Range(1, printed.Pages), n =>
        {
            Assert.Equal(210, printed.Page(n).Width * Printed.Pt, 0.5);
            Assert.Equal(297, printed.Page(n).Height * Printed.Pt, 0.5);
        });
    }

    [Fact]
    public void The_text_block_starts_37_mm_down_and_28_mm_in_from_the_binding_side()
    {
        using var printed = new Printed(DocumentSamples.Render(DocumentSamples.Long()));

        foreach (var (page, left) in new[] { (2, 26.0), (3, 28.0) })
        {
            var top = printed.Lines(page)[0];
            Assert.Equal(37, printed.Top(page, top[0]), 1.0);
            var flushLeft = printed.Lines(page).Skip(1).First(l => l.Count >= 27);
            Assert.Equal(left, Printed.Left(flushLeft[0]), 1.0);
            Assert.Equal(left + 156, Printed.Right(flushLeft[^1]), 1.0);
        }
    }

    [Fact]
    public void A_full_page_holds_22_lines_of_at_most_28_characters()
    {
        using var printed = new Printed(DocumentSamples.Render(DocumentSamples.Long()));
        var body = printed.Lines(2).Where(l => !Printed.Of(l).StartsWith('—')).ToList();

        Assert.Equal(22, body.Count);
        Assert.Equal(Pitch * 21, (body[^1][0].StartBaseLine.Y - body[0][0].StartBaseLine.Y) * -Printed.Pt, 0.5);
        Assert.All(body, line => Assert.True(Cells(Printed.Of(line)) <= 28, Printed.Of(line)));
        Assert.Contains(body, line => Cells(Printed.Of(line)) == 28);
    }

    [Fact]
    public void Page_numbers_sit_7_mm_below_the_block_right_on_odd_pages_and_left_on_even_ones()
    {
        using var printed = new Printed(DocumentSamples.Render(DocumentSamples.Long()));

        foreach (var (page, left) in new[] { (1, 28.0), (2, 26.0), (3, 28.0) })
        {
            var number = printed.Lines(page)[^1];
            Assert.Equal($"—{page}—", Printed.Of(number));
            var dash = number[0];
            Assert.Equal(37 + 225 + 7, (printed.Top(page, dash) + printed.Bottom(page, dash)) / 2, 1.0);
            if (page % 2 == 1)
            {
                Assert.Equal(left + 156 - 4.94, Printed.Right(number[^1]), 1.0);
            }
            else
            {
                Assert.Equal(left + 4.94, Printed.Left(number[0]), 1.0);
            }
        }
    }

    [Fact]
    public void Agency_mark_starts_35_mm_below_the_block_top_in_red_with_a_red_separator_below_the_number()
    {
        using var printed = new Printed(DocumentSamples.Render(DocumentSamples.Notice()));
        var mark = printed.Lines(1).Single(l => Printed.Of(l) == "西陵区人民政府文件");
        var number = printed.Lines(1).Single(l => Printed.Of(l) == "西政发〔2026〕12号");
        var separator = printed.Page(1).Paths.Single(p => p.IsStroked && IsRed(p.StrokeColor!.ToRGBValues()));
        var line = separator.GetBoundingRectangle()!.Value;

        Assert.Equal(37 + 35, mark.Min(l => printed.Top(1, l)), 1.5);
        Assert.All(mark, l => Assert.True(IsRed(l.Color.ToRGBValues())));
        Assert.Equal(106, (mark[0].BoundingBox.Left + mark[^1].BoundingBox.Right) / 2 * Printed.Pt, 1.0);
        Assert.Equal(106, (Printed.Left(number[0]) + Printed.Right(number[^1])) / 2, 1.0);
        Assert.Equal(156, line.Width * Printed.Pt, 0.5);
        var numberBottom = ((printed.Page(1).Height - number[0].StartBaseLine.Y) * Printed.Pt) + (0.12 * 16 * Printed.Pt);
        Assert.Equal(numberBottom + 4, (printed.Page(1).Height - ((line.Top + line.Bottom) / 2)) * Printed.Pt, 1.0);
    }

    [Fact]
    public void Request_number_is_one_character_in_from_the_left_and_the_signers_one_character_in_from_the_right()
    {
        using var printed = new Printed(DocumentSamples.Render(DocumentSamples.Request()));
        var first = printed.Lines(1).Single(l => Printed.Of(l).StartsWith("签发人", StringComparison.Ordinal));
        var last = printed.Lines(1).Single(l => Printed.Of(l).EndsWith("王芳", StringComparison.Ordinal));

        Assert.Equal(28 + Cell, Printed.Left(last[0]), 1.0);
        Assert.Equal(28 + 156 - Cell, Printed.Right(first[^1]), 1.0);
        Assert.Equal(Printed.Left(first[4]), Printed.Left(last.First(l => l.Value == "王")), 0.1);
        Assert.Equal(Pitch, (first[0].StartBaseLine.Y - last[0].StartBaseLine.Y) * Printed.Pt, 0.5);
    }

    private static bool IsRed((double R, double G, double B) rgb) => rgb.R > 0.9 && rgb.G < 0.1 && rgb.B < 0.1;

    /// <summary>Han characters and full-width punctuation take a cell; digits and Latin letters half of one.</summary>
    private static double Cells(string text) => text.Sum(c => c < 0x2000 ? 0.5 : 1);
}
