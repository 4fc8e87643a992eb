using EGov.Platform.Pdf;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.Time.Testing;
using UglyToad.PdfPig;
using Xunit;

namespace EGov.UnitTests.Pdf;

public sealed class PdfLetterWriterTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 28, 9, 30, 0, TimeSpan.FromHours(8));

    private static readonly PdfLetter Letter = new(
        "政府信息公开申请答复告知书",
        ["本机关于2026年11月2日收到您提出的政府信息公开申请，申请获取“西陵区2025年财政预算执行情况”。经审查，现答复如下：", "如对本答复不服，可以自收到本告知书之日起60日内向宜昌市人民政府申请行政复议，或者在6个月内向人民法院提起行政诉讼。"],
        "宜昌市西陵区人民政府",
        new DateOnly(2026, 11, 28))
    { Salutation = "张三：" };

    internal static PdfLetterWriter Writer(params string[] fontDirectories)
        => new(Options.Create(new PdfOptions { FontDirectories = [.. fontDirectories] }), new FakeTimeProvider(Now));

    private static byte[] Write(PdfLetter letter) => Writer().Write(letter).Value;

    [Fact]
    public void Letter_text_extracts_back_as_the_same_Chinese_words()
    {
        using var pdf = PdfDocument.Open(Write(Letter));
        var text = Squeeze(string.Concat(pdf.GetPages().Select(p => p.Text)));

        Assert.Contains("政府信息公开申请答复告知书", text, StringComparison.Ordinal);
        Assert.Contains("张三：", text, StringComparison.Ordinal);
        Assert.Contains(Squeeze(Letter.Paragraphs[0]), text, StringComparison.Ordinal);
        Assert.Contains(Squeeze(Letter.Paragraphs[1]), text, StringComparison.Ordinal);
        Assert.Contains("宜昌市西陵区人民政府2026年11月28日", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Pages_are_A4_and_numbered()
    {
        var long_ = Letter with { Paragraphs = [.. Enumerable.Repeat(Letter.Paragraphs[0], 30)] };
        using var pdf = PdfDocument.Open(Write(long_));

        Assert.True(pdf.NumberOfPages > 1);
        foreach (var page in pdf.GetPages())
        {
            Assert.Equal(595, page.Width, 0);
            Assert.Equal(842, page.Height, 0);
            Assert.Contains($"— {page.Number} —", page.Text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_Song_face_is_embedded_with_title_author_and_creation_date()
    {
        var bytes = Write(Letter);
        using var pdf = PdfDocument.Open(bytes);
        var letters = pdf.GetPage(1).Letters;

        Assert.All(letters, l => Assert.Contains("SungtiL", l.FontName, StringComparison.OrdinalIgnoreCase));
        Assert.Contains("/FontFile2", System.Text.Encoding.Latin1.GetString(bytes), StringComparison.Ordinal);
        Assert.Equal(Letter.Title, pdf.Information.Title);
        Assert.Equal(Letter.Issuer, pdf.Information.Author);
        Assert.StartsWith("D:20261128093000", pdf.Information.CreationDate, StringComparison.Ordinal);
    }

    [Fact]
    public void Without_the_font_the_writer_fails_naming_the_package()
    {
        var result = Writer(Path.Combine(Path.GetTempPath(), Guid.NewGuid().ToString())).Write(Letter);

        Assert.Equal(PdfErrors.FontMissingCode, result.Error?.Code);
        Assert.Contains("fonts-arphic-gbsn00lp", result.Error?.Message, StringComparison.Ordinal);
    }

    private static string Squeeze(string text) => string.Concat(text.Where(c => !char.IsWhiteSpace(c)));
}
