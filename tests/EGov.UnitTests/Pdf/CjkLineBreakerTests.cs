using EGov.Platform.Pdf;
using Xunit;

namespace EGov.UnitTests.Pdf;

/// <summary>Every character is one unit wide; a line holds <c>width</c> of them.</summary>
public sealed class CjkLineBreakerTests
{
    private static IReadOnlyList<string> Break(string text, int width) => CjkLineBreaker.Break(text, width, width, s => s.Length);

    [Fact]
    public void Han_text_breaks_between_any_two_characters()
        => Assert.Equal(["政府信息", "公开条例"], Break("政府信息公开条例", 4));

    [Fact]
    public void Closing_punctuation_never_starts_a_line_the_last_character_goes_down_with_it()
        => Assert.Equal(["政府信", "息，公开"], Break("政府信息，公开", 4));

    [Theory]
    [InlineData("。")]
    [InlineData("、")]
    [InlineData("；")]
    [InlineData("：")]
    [InlineData("？")]
    [InlineData("！")]
    [InlineData("）")]
    [InlineData("」")]
    [InlineData("”")]
    public void No_line_starts_with_closing_punctuation(string mark)
    {
        var lines = Break($"甲乙丙丁{mark}戊己庚辛{mark}壬癸子丑{mark}", 4);

        Assert.All(lines.Skip(1), l => Assert.False(l.StartsWith(mark, StringComparison.Ordinal), l));
        Assert.Equal($"甲乙丙丁{mark}戊己庚辛{mark}壬癸子丑{mark}", string.Concat(lines));
    }

    [Fact]
    public void Opening_punctuation_never_ends_a_line()
        => Assert.Equal(["根据", "《条", "例》"], Break("根据《条例》", 3));

    [Fact]
    public void Opening_bracket_moves_to_the_next_line_with_its_word()
    {
        var lines = Break("甲乙丙（丁）", 4);

        Assert.Equal("甲乙丙", lines[0]);
        Assert.StartsWith("（", lines[1], StringComparison.Ordinal);
    }

    [Fact]
    public void Amounts_and_Latin_words_stay_whole()
        => Assert.Equal(["金额为", "1,700.00元"], Break("金额为1,700.00元", 10));

    [Fact]
    public void Punctuation_hangs_when_the_line_has_nothing_to_give()
        => Assert.Equal(["甲。"], Break("甲。", 1));

    [Fact]
    public void First_line_leaves_room_for_the_indent()
        => Assert.Equal(["甲乙", "丙丁戊己"], CjkLineBreaker.Break("甲乙丙丁戊己", 2, 4, s => s.Length));
}
