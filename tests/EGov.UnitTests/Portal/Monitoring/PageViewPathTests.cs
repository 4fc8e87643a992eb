using EGov.Portal.Monitoring.Statistics;

namespace EGov.UnitTests.Portal.Monitoring;

public sealed class PageViewPathTests
{
    private static readonly Guid Id = Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e");

    [Theory]
    [InlineData("/articles/0f8fad5bd9cb469fa16570867728950e", null)]
    [InlineData("/articles/0f8fad5bd9cb469fa16570867728950e/print", null)]
    [InlineData("/sites/scjg/articles/0f8fad5bd9cb469fa16570867728950e", "scjg")]
    [InlineData("/sites/scjg/articles/0f8fad5bd9cb469fa16570867728950e/print/", "scjg")]
    public void Article_pages_and_print_views_count_for_the_article(string path, string? site)
    {
        Assert.True(PageViewPath.TryParse(path, out var article, out var siteCode, out var channel));
        Assert.Equal(Id, article);
        Assert.Equal(site, siteCode);
        Assert.Null(channel);
    }

    [Theory]
    [InlineData("/channels/tzgg", null)]
    [InlineData("/sites/scjg/channels/news/", "scjg")]
    public void Channel_pages_count_for_the_channel(string path, string? site)
    {
        Assert.True(PageViewPath.TryParse(path, out var article, out var siteCode, out var channel));
        Assert.Equal(Guid.Empty, article);
        Assert.Equal(site, siteCode);
        Assert.NotNull(channel);
    }

    [Theory]
    [InlineData("/")]
    [InlineData("/sites/scjg/")]
    [InlineData("/channels/news/rss.xml")]
    [InlineData("/articles/nonsense")]
    [InlineData("/search")]
    [InlineData("/office/portal/statistics")]
    [InlineData("/api/v1/search")]
    public void Other_addresses_do_not_count(string path)
        => Assert.False(PageViewPath.TryParse(path, out _, out _, out _));

    [Theory]
    [InlineData("Mozilla/5.0 (compatible; Baiduspider/2.0)", true)]
    [InlineData("Mozilla/5.0 (compatible; Googlebot/2.1)", true)]
    [InlineData("Sogou web spider/4.0", true)]
    [InlineData("SomeCrawler/1.0", true)]
    [InlineData("Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/120.0", false)]
    [InlineData("", false)]
    public void Robots_are_recognised_by_user_agent(string userAgent, bool robot)
        => Assert.Equal(robot, PageViewMiddleware.IsRobot(userAgent));
}
