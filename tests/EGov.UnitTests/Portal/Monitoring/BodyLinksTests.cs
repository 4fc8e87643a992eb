using EGov.Portal.Monitoring.Health;

namespace EGov.UnitTests.Portal.Monitoring;

public sealed class BodyLinksTests
{
    private static readonly Guid Id = Guid.Parse("0f8fad5b-d9cb-469f-a165-70867728950e");

    [Fact]
    public void Extracts_href_and_src_values_with_any_quotes_and_decodes_entities()
    {
        var html = """<p><a href="/channels/news?page=2&amp;x=1">新闻</a><img src='/api/v1/attachments/1' alt="图"><a HREF=/sites/scjg/>子站</a><a href="">空</a></p>""";

        Assert.Equal(["/channels/news?page=2&x=1", "/api/v1/attachments/1", "/sites/scjg/"], BodyLinks.Extract(html).ToArray());
    }

    [Fact]
    public void Portal_and_sub_site_article_links_name_the_article()
    {
        var portal = BodyLinks.Classify($"/articles/{Id:N}");
        var sub = BodyLinks.Classify($"/sites/scjg/articles/{Id:N}/print#top");

        Assert.Equal(new LinkTarget(LinkKind.Article, null, Id: Id), portal);
        Assert.Equal(new LinkTarget(LinkKind.Article, "scjg", Id: Id), sub);
    }

    [Fact]
    public void Channel_links_and_their_feeds_name_the_channel()
    {
        Assert.Equal(new LinkTarget(LinkKind.Channel, null, "tzgg"), BodyLinks.Classify("/channels/tzgg?page=3"));
        Assert.Equal(new LinkTarget(LinkKind.Channel, "scjg", "news"), BodyLinks.Classify("/sites/scjg/channels/news/rss.xml"));
    }

    [Fact]
    public void Site_home_and_attachment_links_are_recognised()
    {
        Assert.Equal(new LinkTarget(LinkKind.Site, "scjg"), BodyLinks.Classify("/sites/scjg/"));
        Assert.Equal(new LinkTarget(LinkKind.Attachment, Id: Id), BodyLinks.Classify($"/api/v1/attachments/{Id}"));
    }

    [Theory]
    [InlineData("https://www.gov.cn/zhengce/", nameof(LinkKind.External))]
    [InlineData("http://example.org", nameof(LinkKind.External))]
    [InlineData("//cdn.example.org/a.png", nameof(LinkKind.External))]
    [InlineData("#section", nameof(LinkKind.Ignored))]
    [InlineData("mailto:xlq@example.gov.cn", nameof(LinkKind.Ignored))]
    [InlineData("/search?q=医保", nameof(LinkKind.OtherInternal))]
    [InlineData("/articles/not-a-guid", nameof(LinkKind.OtherInternal))]
    [InlineData("/api/v1/attachments/nonsense", nameof(LinkKind.OtherInternal))]
    public void Other_links_are_external_ignored_or_not_checked(string link, string kind)
        => Assert.Equal(Enum.Parse<LinkKind>(kind), BodyLinks.Classify(link).Kind);
}
