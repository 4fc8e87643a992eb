using EGov.Portal.Domain.Channels;
using EGov.Portal.Sites;

namespace EGov.UnitTests.Portal.PublicSite;

public sealed class DefaultChannelsTests
{
    private static IEnumerable<ChannelTemplate> Flatten(IEnumerable<ChannelTemplate> templates)
        => templates.SelectMany(t => Flatten(t.Children).Prepend(t));

    [Theory]
    [InlineData("概况信息", "SinglePage")]
    [InlineData("机构职能", "SinglePage")]
    [InlineData("负责人信息", "SinglePage")]
    [InlineData("文件资料", "PolicyFile")]
    [InlineData("政策解读", "Interpretation")]
    [InlineData("政务动态", "News")]
    [InlineData("要闻", "News")]
    [InlineData("通知公告", "Notice")]
    [InlineData("信息公开", "Link")]
    [InlineData("数据发布", "Data")]
    [InlineData("政务服务", "Link")]
    [InlineData("互动交流", "Link")]
    public void Portal_tree_carries_the_columns_the_guideline_requires(string name, string kind)
        => Assert.Contains(Flatten(DefaultChannels.Portal), c => c.Name == name && c.Kind.ToString() == kind);

    [Fact]
    public void Link_columns_lead_into_the_disclosure_services_and_interaction_modules()
    {
        var links = Flatten(DefaultChannels.Portal).Where(c => c.Kind == ChannelKind.Link).ToDictionary(c => c.Name, c => c.LinkUrl);

        Assert.Equal("/disclosure", links["信息公开"]);
        Assert.Equal("/services", links["政务服务"]);
        Assert.Equal("/interaction", links["互动交流"]);
    }

    [Fact]
    public void Codes_are_unique_within_each_tree_and_every_home_block_names_a_channel_of_its_tree()
    {
        var portal = Flatten(DefaultChannels.Portal).Select(c => c.Code).ToList();
        var subSite = Flatten(DefaultChannels.SubSite).Select(c => c.Code).ToList();

        Assert.Equal(portal.Count, portal.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.Equal(subSite.Count, subSite.Distinct(StringComparer.OrdinalIgnoreCase).Count());
        Assert.All(DefaultChannels.PortalBlocks, b => Assert.Contains(b.Channel, portal));
        Assert.All(DefaultChannels.SubSiteBlocks, b => Assert.Contains(b.Channel, subSite));
    }
}
