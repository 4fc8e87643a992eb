using EGov.Portal.Domain.Channels;
using EGov.Portal.PublicSite;

namespace EGov.UnitTests.Portal.PublicSite;

public sealed class SiteTreeTests
{
    private static readonly Guid SiteId = Guid.NewGuid();

    private static PublicChannel Channel(string code, Guid? parent = null, int order = 0)
        => new(Guid.NewGuid(), SiteId, parent, code, code, ChannelKind.News, null, null, order, parent is null);

    [Fact]
    public void Path_runs_from_the_root_down_and_descendants_include_grandchildren()
    {
        var root = Channel("zwdt");
        var child = Channel("yw", root.Id);
        var grandchild = Channel("tp", child.Id);
        var other = Channel("tzgg");
        var tree = new SiteTree(new PublicSiteInfo(SiteId, "www", "门户", true, null, null, 0, true), [grandchild, other, child, root], []);

        Assert.Equal(["zwdt", "yw", "tp"], tree.PathTo(grandchild).Select(c => c.Code));
        Assert.Equal(["zwdt", "yw", "tp"], tree.SelfAndDescendants(root).Select(c => c.Code));
        Assert.Same(child, tree.Find("YW"));
        Assert.Equal(2, tree.Navigation.Count());
    }

    [Fact]
    public void Sub_site_addresses_carry_the_site_prefix_and_the_portal_lives_at_the_root()
    {
        var id = Guid.Parse("0195f0a0-0000-7000-8000-000000000001");
        var portal = new PublicSiteInfo(Guid.NewGuid(), "www", "门户", true, null, null, 0, true);
        var sub = new PublicSiteInfo(Guid.NewGuid(), "scjg", "区市场监管局", false, null, null, 0, true);

        Assert.Equal("/", portal.Home);
        Assert.Equal("/articles/0195f0a0000070008000000000000001", portal.ArticleUrl(id));
        Assert.Equal("/sites/scjg/", sub.Home);
        Assert.Equal("/sites/scjg/channels/gzdt", sub.ChannelUrl("gzdt"));
    }
}
