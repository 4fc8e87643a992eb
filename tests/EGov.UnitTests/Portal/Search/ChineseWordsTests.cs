using EGov.Portal.Search.Querying;

namespace EGov.UnitTests.Portal.Search;

public sealed class ChineseWordsTests : IDisposable
{
    private readonly TestIndex _index = new();

    public void Dispose() => _index.Dispose();

    [Theory]
    [InlineData("医保报销", "医保|报销")]
    [InlineData("社保卡补办", "社保|卡|补办")]
    [InlineData("办理营业执照", "办理|营业执照")]
    [InlineData("公积金 提取", "公积金|提取")]
    public void Query_text_is_segmented_into_words(string text, string expected)
        => Assert.Equal(expected, string.Join('|', QueryWords.Of(_index.Index.Analyzer, text).Select(w => w.Text)));

    [Fact]
    public void A_two_character_word_the_dictionary_lacks_does_not_match_its_characters_apart()
    {
        _index.With(TestIndex.Doc("城乡居民医保缴费标准公布", "今年医保缴费标准有所调整。"), TestIndex.Doc("医院保洁服务采购公告", "本院保洁服务公开采购。"));

        var results = _index.Search("医保");

        Assert.Equal("城乡居民医保缴费标准公布", Assert.Single(results.Hits).Title);
    }

    [Fact]
    public void A_word_the_segmenter_cuts_across_two_of_its_words_is_still_found()
    {
        // SmartCn reads 医保定点 as 医 / 保定 / 点 (保定 is a city): only the character pairs hold 医保.
        _index.With(TestIndex.Doc("区市场监管局开展医保定点药店专项检查", "对辖区医保定点药店开展专项检查。"), TestIndex.Doc("保定市来我区考察", "考察药店行业发展。"));

        var results = _index.Search("医保 药店");

        var hit = Assert.Single(results.Hits);
        Assert.Equal("区市场监管局开展医保定点药店专项检查", hit.Title);
        Assert.Contains("<em>医保</em>", hit.Snippet, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_word_is_required()
    {
        _index.With(TestIndex.Doc("社保卡办理指南", "社保卡在各银行网点办理。"), TestIndex.Doc("营业执照办理指南", "营业执照可在政务服务中心办理。"));

        Assert.Equal(2, _index.Search("办理").Total);
        Assert.Equal("社保卡办理指南", Assert.Single(_index.Search("社保 办理").Hits).Title);
        Assert.Equal(0, _index.Search("社保 营业执照").Total);
    }

    [Fact]
    public void A_word_in_the_title_ranks_above_the_same_word_in_the_body()
    {
        _index.With(
            TestIndex.Doc("区政府召开常务会议", "会议研究了公积金缴存比例调整等事项。"),
            TestIndex.Doc("公积金缴存比例调整通知", "自下月起按新比例缴存。"));

        Assert.Equal("公积金缴存比例调整通知", _index.Search("公积金").Hits[0].Title);
    }
}
