using EGov.Portal.Authoring.Scope;

namespace EGov.UnitTests.Portal.Authoring;

public sealed class EditorReachTests
{
    private static readonly Guid SiteA = Guid.NewGuid();
    private static readonly Guid SiteB = Guid.NewGuid();
    private static readonly ChannelNode News = new(Guid.NewGuid(), SiteA, null);
    private static readonly ChannelNode LocalNews = new(Guid.NewGuid(), SiteA, News.Id);
    private static readonly ChannelNode StreetNews = new(Guid.NewGuid(), SiteA, LocalNews.Id);
    private static readonly ChannelNode Notices = new(Guid.NewGuid(), SiteA, null);
    private static readonly ChannelNode OtherSite = new(Guid.NewGuid(), SiteB, null);
    private static readonly ChannelNode[] Channels = [News, LocalNews, StreetNews, Notices, OtherSite];

    [Fact]
    public void A_whole_site_grant_covers_every_channel_of_that_site_only()
    {
        var reach = EditorReach.From([new EditorGrant(SiteA, null)], Channels);

        Assert.True(reach.Covers(SiteA, Notices.Id));
        Assert.True(reach.Covers(SiteA, StreetNews.Id));
        Assert.False(reach.Covers(SiteB, OtherSite.Id));
    }

    [Fact]
    public void A_channel_grant_covers_the_channel_and_its_descendants()
    {
        var reach = EditorReach.From([new EditorGrant(SiteA, News.Id)], Channels);

        Assert.True(reach.Covers(SiteA, News.Id));
        Assert.True(reach.Covers(SiteA, LocalNews.Id));
        Assert.True(reach.Covers(SiteA, StreetNews.Id));
        Assert.False(reach.Covers(SiteA, Notices.Id));
        Assert.Equal([SiteA], reach.Sites);
    }

    [Fact]
    public void A_grant_naming_a_channel_of_another_site_reaches_nothing()
    {
        var reach = EditorReach.From([new EditorGrant(SiteB, News.Id)], Channels);

        Assert.True(reach.IsEmpty);
        Assert.False(reach.Covers(SiteA, News.Id));
    }

    [Fact]
    public void No_grants_reach_nothing()
        => Assert.True(EditorReach.From([], Channels).IsEmpty);

    [Fact]
    public void A_cycle_in_broken_data_does_not_loop()
    {
        var a = new ChannelNode(Guid.NewGuid(), SiteA, null);
        var b = new ChannelNode(Guid.NewGuid(), SiteA, a.Id);
        var cyclic = a with { ParentId = b.Id };

        var reach = EditorReach.From([new EditorGrant(SiteA, a.Id)], [cyclic, b]);

        Assert.True(reach.Covers(SiteA, b.Id));
    }
}
