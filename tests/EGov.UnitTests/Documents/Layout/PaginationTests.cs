using EGov.Documents.Layout;

namespace EGov.UnitTests.Documents.Layout;

public sealed class PaginationTests
{
    private const double Pitch = 225.0 / 22;

    [Fact]
    public void Long_document_runs_over_several_pages_and_ends_with_the_imprint_on_an_even_page()
    {
        var rendered = DocumentSamples.Render(DocumentSamples.Long());
        using var printed = new Printed(rendered);

        Assert.True(rendered.Pages >= 4, $"{rendered.Pages} pages");
        Assert.Equal(printed.Pages, rendered.Pages);
        Assert.Equal(0, rendered.Pages % 2);
        var imprint = printed.Lines(rendered.Pages).Last(l => Printed.Of(l).EndsWith("印发", StringComparison.Ordinal));
        Assert.InRange(printed.Bottom(rendered.Pages, imprint[0]), 37 + 225 - Pitch, 37 + 225);
    }

    [Fact]
    public void Seal_covers_the_signature_and_date_with_its_top_within_a_line_of_the_text()
    {
        var rendered = DocumentSamples.Render(DocumentSamples.Notice());
        using var printed = new Printed(rendered);
        var seal = rendered.Seal;
        var page = seal.PageIndex + 1;
        var lines = printed.Lines(page);
        var date = lines.Single(l => Printed.Of(l) == "2026年11月5日");
        var name = lines.Single(l => Printed.Of(l) == "西陵区人民政府");
        var above = lines.Last(l => l[0].StartBaseLine.Y > name[0].StartBaseLine.Y + 1);
        var mm = Printed.Pt;
        var (sealTop, sealCentreY) = (seal.Y * mm, (seal.Y + (seal.Height / 2)) * mm);

        Assert.Equal(42, seal.Width * mm, 0.5);
        Assert.Equal(42, seal.Height * mm, 0.5);
        Assert.StartsWith("附件：", Printed.Of(lines.First(l => Printed.Of(l).Contains("附件：", StringComparison.Ordinal))), StringComparison.Ordinal);
        Assert.InRange(sealTop - printed.Bottom(page, above[^1]), 0, Pitch);
        Assert.True(printed.Top(page, name[0]) >= sealCentreY - 0.5, "署名 sits below the seal's centre");
        Assert.True(printed.Bottom(page, date[0]) <= (seal.Y + seal.Height) * mm, "the seal reaches over the date");
        var sealCentreX = (seal.X + (seal.Width / 2)) * mm;
        Assert.Equal(sealCentreX, (Printed.Left(date[0]) + Printed.Right(date[^1])) / 2, 0.5);
        Assert.Equal(sealCentreX, (Printed.Left(name[0]) + Printed.Right(name[^1])) / 2, 0.5);
        var right = seal.PageIndex % 2 == 0 ? 28 + 156 : 26 + 156;
        Assert.Equal(right - (4 * 156.0 / 28), Printed.Right(date[^1]), 0.5);
    }

    [Fact]
    public void Signature_never_opens_a_page_without_text()
    {
        for (var paragraphs = 1; paragraphs <= 16; paragraphs++)
        {
            var rendered = DocumentSamples.Render(DocumentSamples.Long(paragraphs));
            using var printed = new Printed(rendered);
            var page = rendered.Seal.PageIndex + 1;
            var name = printed.Lines(page).Single(l => Printed.Of(l) == "西陵区人民政府");
            var above = Printed.Of(printed.Lines(page).Last(l => l[0].StartBaseLine.Y > name[0].StartBaseLine.Y + Pitch));

            Assert.True(above.EndsWith("培训情况。", StringComparison.Ordinal), $"{paragraphs}: {printed.PageText(page)}");
        }
    }

    [Fact]
    public void Attachments_start_on_new_pages_labelled_top_left_in_hei()
    {
        using var printed = new Printed(DocumentSamples.Render(DocumentSamples.Notice()));
        var pages = Enumerable.Range(1, printed.Pages).Where(p => printed.Lines(p).Count > 0 && Printed.Of(printed.Lines(p)[0]).StartsWith("附件", StringComparison.Ordinal)).ToList();

        Assert.Equal(2, pages.Count);
        foreach (var (page, label) in pages.Zip(["附件1", "附件2"]))
        {
            var first = printed.Lines(page)[0];
            Assert.Equal(label, Printed.Of(first));
            Assert.Contains("WenQuanYi", first[0].FontName, StringComparison.Ordinal);
            Assert.Equal(37, printed.Top(page, first[0]), 1.0);
            Assert.Equal(page % 2 == 1 ? 28 : 26, Printed.Left(first[0]), 1.0);
            var titleBelowLabel = (2 * Pitch) + (0.88 * (22 - 16) * Printed.Pt); // baselines sit 0.88 em below the em box's top
            Assert.Equal(titleBelowLabel, (first[0].StartBaseLine.Y - printed.Lines(page)[1][0].StartBaseLine.Y) * Printed.Pt, 0.5);
        }
    }

    [Fact]
    public void When_the_imprint_needs_a_page_after_an_even_one_the_blank_page_and_the_imprint_page_have_no_numbers()
    {
        var found = false;
        for (var paragraphs = 10; paragraphs <= 40 && !found; paragraphs++)
        {
            var rendered = DocumentSamples.Render(DocumentSamples.Long(paragraphs) with { Remarks = null });
            using var printed = new Printed(rendered);
            if (printed.Letters(rendered.Pages - 1).Count > 0)
            {
                continue;
            }

            found = true;
            Assert.DoesNotContain("—", printed.PageText(rendered.Pages), StringComparison.Ordinal);
            Assert.Contains("印发", printed.PageText(rendered.Pages), StringComparison.Ordinal);
            Assert.Contains($"—{rendered.Pages - 2}—", printed.PageText(rendered.Pages - 2), StringComparison.Ordinal);
        }

        Assert.True(found, "some length of text fills an even page");
    }
}
