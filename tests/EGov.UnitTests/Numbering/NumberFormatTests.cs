using EGov.Platform.Numbering;

namespace EGov.UnitTests.Numbering;

public class NumberFormatTests
{
    private static readonly DateOnly Today = new(2026, 11, 28);

    [Fact]
    public void Document_number_has_hexagonal_brackets_and_no_leading_zeros()
    {
        var format = NumberFormat.Parse("{code}〔{year}〕{n}号");

        Assert.Equal("西政发〔2026〕12号", format.Render(12, new NumberValues("西政发", 2026), Today));
        Assert.Equal("西政发〔2026〕1号", format.Render(1, new NumberValues("西政发", 2026), Today));
    }

    [Fact]
    public void Padded_token_fills_with_zeros_to_the_width()
        => Assert.Equal("XL-2026-000123", NumberFormat.Parse("XL-{year}-{n:6}").Render(123, new NumberValues(), Today));

    [Fact]
    public void Padded_token_does_not_cut_longer_numbers()
        => Assert.Equal("1234567", NumberFormat.Parse("{n:6}").Render(1234567, new NumberValues(), Today));

    [Fact]
    public void Date_token_uses_the_given_date_or_today()
    {
        var format = NumberFormat.Parse("SL{date:yyyyMMdd}{n:4}");

        Assert.Equal("SL202611280007", format.Render(7, new NumberValues(), Today));
        Assert.Equal("SL202601050007", format.Render(7, new NumberValues(Date: new DateOnly(2026, 1, 5)), Today));
    }

    [Fact]
    public void Year_defaults_to_the_date_then_today()
    {
        var format = NumberFormat.Parse("{year}-{n}");

        Assert.Equal("2026-3", format.Render(3, new NumberValues(), Today));
        Assert.Equal("2025-3", format.Render(3, new NumberValues(Date: new DateOnly(2025, 12, 31)), Today));
    }

    [Theory]
    [InlineData("{seq}")]
    [InlineData("{n:0}")]
    [InlineData("{n:x}")]
    [InlineData("{year")]
    [InlineData("year}")]
    [InlineData("{date:}")]
    public void Unknown_or_broken_tokens_are_refused(string pattern)
        => Assert.Throws<FormatException>(() => NumberFormat.Parse(pattern));

    [Fact]
    public void Code_token_without_a_code_is_a_bug()
        => Assert.Throws<InvalidOperationException>(() => NumberFormat.Parse("{code}{n}").Render(1, new NumberValues(), Today));
}
