using EGov.Portal.Contracts.Search;
using EGov.Portal.Search.Querying;

namespace EGov.UnitTests.Portal.Search;

public sealed class FiltersAndPagesTests : IDisposable
{
    private readonly TestIndex _index = new();

    public void Dispose() => _index.Dispose();

    [Fact]
    public void Site_channel_and_type_filters_keep_only_matching_records()
    {
        _index.With(
            TestIndex.Doc("不动产登记办理须知", "不动产登记流程。", site: "www", channel: "tzgg"),
            TestIndex.Doc("不动产登记政策", "不动产登记办法全文。", type: SearchTypes.Policy, site: "zrzy", channel: "zcwj"),
            TestIndex.Doc("不动产登记动态", "不动产登记窗口延时服务。", site: "zrzy", channel: "gzdt"));

        Assert.Equal(2, _index.Search("不动产登记", site: "zrzy").Total);
        Assert.Equal("不动产登记动态", Assert.Single(_index.Search("不动产登记", site: "zrzy", channel: "gzdt").Hits).Title);
        var policy = Assert.Single(_index.Search("不动产登记", type: SearchTypes.Policy).Hits);
        Assert.Equal(("zrzy子站", SearchTypes.Policy), (policy.Site, policy.Type));
    }

    [Fact]
    public void Date_range_is_inclusive_in_China_time()
    {
        // 2026-03-01 23:30 in China is still 15:30 UTC on 1 March; 2026-03-02 00:30 in China is 16:30 UTC on 1 March.
        _index.With(
            TestIndex.Doc("公积金提取一", "内容", new DateTime(2026, 3, 1, 15, 30, 0, DateTimeKind.Utc)),
            TestIndex.Doc("公积金提取二", "内容", new DateTime(2026, 3, 1, 16, 30, 0, DateTimeKind.Utc)),
            TestIndex.Doc("公积金提取三", "内容", new DateTime(2026, 3, 5, 1, 0, 0, DateTimeKind.Utc)));

        Assert.Equal("公积金提取一", Assert.Single(_index.Search("公积金", to: "2026-03-01").Hits).Title);
        Assert.Equal(["公积金提取二", "公积金提取三"], _index.Search("公积金", from: "2026-03-02", sort: "date").Hits.Select(h => h.Title).Reverse());
        Assert.Equal(3, _index.Search("公积金", from: "2026-03-01", to: "2026-03-05").Total);
    }

    [Fact]
    public void Results_come_ten_to_a_page_and_newest_first_when_sorted_by_date()
    {
        var start = new DateTime(2026, 1, 1, 0, 0, 0, DateTimeKind.Utc);
        _index.With([.. Enumerable.Range(1, 23).Select(i => TestIndex.Doc($"社保通知第{i}号", "社保相关内容。", start.AddDays(i)))]);

        var third = _index.Search("社保", page: "3", sort: "date");

        Assert.Equal((23, 3, 3), (third.Total, third.PageCount, third.Hits.Count));
        Assert.Equal("社保通知第3号", third.Hits[0].Title);
        Assert.Equal("社保通知第23号", _index.Search("社保", sort: "date").Hits[0].Title);
        Assert.Empty(_index.Search("社保", page: "4").Hits);
    }

    [Theory]
    [InlineData("", null, null, "q")]
    [InlineData("医保", "0", null, "page")]
    [InlineData("医保", "1001", null, "page")]
    [InlineData("医保", "abc", null, "page")]
    [InlineData("医保", null, "2026-13-01", "from")]
    public void Bad_input_is_refused_with_a_Chinese_message_for_the_field(string q, string? page, string? from, string field)
    {
        var result = _index.Handler.Search(new SearchRequest(q, page) { From = from });

        Assert.False(result.IsSuccess);
        Assert.Equal("portal.search_invalid", result.Error!.Code);
        Assert.Contains(field, result.Error.Fields!.Keys);
        Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", result.Error.Fields[field][0]);
    }

    [Fact]
    public void Query_longer_than_100_characters_is_refused()
        => Assert.False(_index.Handler.Search(new SearchRequest(new string('医', 101))).IsSuccess);
}
