using EGov.Portal.Search.Querying;
namespace EGov.UnitTests.Portal.Search;

public sealed class SnippetsAndSuggestionsTests : IDisposable
{
    private readonly TestIndex _index = new();

    public void Dispose() => _index.Dispose();

    [Fact]
    public void Snippet_marks_the_words_and_encodes_the_rest()
    {
        _index.With(TestIndex.Doc("营业执照办理", "申请<script>alert(1)</script>营业执照时请带好身份证 & 章程。"));

        var snippet = Assert.Single(_index.Search("营业执照").Hits).Snippet;

        Assert.Contains("<em>营业执照</em>", snippet, StringComparison.Ordinal);
        Assert.Contains("&lt;script&gt;", snippet, StringComparison.Ordinal);
        Assert.Contains("&amp;", snippet, StringComparison.Ordinal);
        Assert.DoesNotContain("<script>", snippet, StringComparison.Ordinal);
    }

    [Fact]
    public void Phrase_match_is_one_highlighted_word()
    {
        _index.With(TestIndex.Doc("城乡居民医保", "城乡居民医保缴费即将开始。"));

        Assert.Contains("<em>医保</em>", Assert.Single(_index.Search("医保").Hits).Snippet, StringComparison.Ordinal);
    }

    [Fact]
    public void A_title_only_match_shows_the_start_of_the_body()
    {
        _index.With(TestIndex.Doc("公积金新政", "自2026年起<b>调整</b>缴存基数。" + new string('。', 200)));

        var snippet = Assert.Single(_index.Search("公积金").Hits).Snippet;

        Assert.StartsWith("自2026年起&lt;b&gt;调整", snippet, StringComparison.Ordinal);
        Assert.EndsWith("…", snippet, StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_result_suggests_each_word_with_its_count_and_words_from_matching_titles()
    {
        _index.With(
            TestIndex.Doc("医保缴费指南", "城乡居民医保缴费。"),
            TestIndex.Doc("医保报销流程", "医保报销材料。"),
            TestIndex.Doc("营业执照办理", "营业执照申请。"));

        var results = _index.Search("医保 营业执照");

        Assert.Equal(0, results.Total);
        var labels = results.Suggestions.Select(s => s.Label).ToList();
        Assert.Contains("医保（2条）", labels);
        Assert.Contains("营业执照（1条）", labels);
        Assert.Contains("报销", labels);
    }

    [Theory]
    [InlineData("A&B amp", "amp", "A&amp;B <em>amp</em>")]
    [InlineData("办理医保定点", "医保", "办理<em>医保</em>定点")]
    public void Marked_words_never_split_an_html_entity(string body, string word, string expected)
        => Assert.Equal(expected, Snippets.Around(body, [word]).Replace("…", "", StringComparison.Ordinal));
}
