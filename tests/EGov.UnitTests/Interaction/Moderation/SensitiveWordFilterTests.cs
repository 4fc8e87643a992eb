using EGov.Interaction.Moderation;

namespace EGov.UnitTests.Interaction.Moderation;

public sealed class SensitiveWordFilterTests
{
    private static readonly string[] Words = ["赌博", "代开发票", "SB"];

    [Theory]
    [InlineData("这里有人赌博")]
    [InlineData("这里有人赌 博")]
    [InlineData("这里有人赌·博")]
    [InlineData("这里有人赌　博")]
    public void Word_is_found_through_spaces_and_punctuation(string text)
        => Assert.Equal(["赌博"], SensitiveWordFilter.Find(text, Words));

    [Theory]
    [InlineData("你是sb")]
    [InlineData("你是ＳＢ")]
    [InlineData("你是 s b")]
    [InlineData("你是ｓ.b")]
    public void Latin_word_is_found_in_any_case_and_width(string text)
        => Assert.Equal(["SB"], SensitiveWordFilter.Find(text, Words));

    [Fact]
    public void Several_words_are_each_reported_once()
        => Assert.Equal(["赌博", "代开发票"], SensitiveWordFilter.Find("赌博，代开发票，又是赌博", Words));

    [Fact]
    public void Clean_text_has_no_finding()
        => Assert.Empty(SensitiveWordFilter.Find("小区门口的路灯坏了，请尽快修理。", Words));

    [Fact]
    public void Word_of_punctuation_only_matches_nothing()
        => Assert.Empty(SensitiveWordFilter.Find("任何文字", ["，。"]));
}
