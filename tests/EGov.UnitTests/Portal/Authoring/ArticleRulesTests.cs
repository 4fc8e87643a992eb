using EGov.Portal.Authoring.Editing;
using EGov.Portal.Authoring.Sites;
using EGov.Portal.Domain.Articles;
using EGov.Portal.Domain.Channels;

namespace EGov.UnitTests.Portal.Authoring;

public sealed class ArticleRulesTests
{
    private static readonly DateTime Now = new(2026, 11, 28, 2, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData((int)ChannelKind.PolicyFile, (int)ArticleType.PolicyDocument)]
    [InlineData((int)ChannelKind.Interpretation, (int)ArticleType.Interpretation)]
    [InlineData((int)ChannelKind.Notice, (int)ArticleType.Notice)]
    [InlineData((int)ChannelKind.SinglePage, (int)ArticleType.Page)]
    [InlineData((int)ChannelKind.Data, (int)ArticleType.Data)]
    [InlineData((int)ChannelKind.News, (int)ArticleType.News)]
    [InlineData((int)ChannelKind.General, (int)ArticleType.News)]
    public void Article_type_follows_the_channel_kind(int kind, int type)
        => Assert.Equal((ArticleType)type, ArticleRules.TypeFor((ChannelKind)kind));

    [Theory]
    [InlineData((int)ArticleStatus.Draft, null)]
    [InlineData((int)ArticleStatus.Returned, null)]
    [InlineData((int)ArticleStatus.Withdrawn, "portal.article_withdrawn")]
    [InlineData((int)ArticleStatus.TakenDown, "portal.article_withdrawn")]
    [InlineData((int)ArticleStatus.Published, "portal.article_published")]
    [InlineData((int)ArticleStatus.Scheduled, "portal.article_published")]
    [InlineData((int)ArticleStatus.Submitted, "portal.article_in_review")]
    [InlineData((int)ArticleStatus.Reviewed, "portal.article_in_review")]
    public void Published_articles_must_be_withdrawn_before_editing(int status, string? code)
        => Assert.Equal(code, ArticleRules.CanEdit((ArticleStatus)status).Error?.Code);

    [Fact]
    public void Published_refusal_says_to_withdraw_first()
        => Assert.Contains("请先撤稿", ArticleRules.CanEdit(ArticleStatus.Published).Error!.Message, StringComparison.Ordinal);

    [Fact]
    public void Only_drafts_may_be_deleted()
    {
        Assert.True(ArticleRules.CanDelete(ArticleStatus.Draft).IsSuccess);
        Assert.False(ArticleRules.CanDelete(ArticleStatus.Returned).IsSuccess);
    }

    private static ArticleFields Fields(string? title = "标题", DateTime? publishAt = null, DateTime? takeDownAt = null)
        => new(Guid.Empty, title, null, null, null, null, null, "<p>正文</p>", null, null, null, null, [], publishAt, takeDownAt, 0);

    [Fact]
    public void Take_down_before_the_scheduled_publish_is_refused()
    {
        var errors = ArticleValidation.Check(Fields(publishAt: Now.AddDays(2), takeDownAt: Now.AddDays(1)), ArticleType.News, Now, null);

        Assert.Equal(["定时下线时间应晚于发布时间。"], errors.ToError("x").Fields![nameof(ArticleFields.ScheduledTakeDownAt)]);
    }

    [Fact]
    public void Title_is_required_and_at_most_200_characters()
    {
        Assert.True(ArticleValidation.Check(Fields(title: " "), ArticleType.News, Now, null).Any);
        Assert.True(ArticleValidation.Check(Fields(title: new string('字', 201)), ArticleType.News, Now, null).Any);
        Assert.False(ArticleValidation.Check(Fields(title: new string('字', 200)), ArticleType.News, Now, null).Any);
    }

    [Theory]
    [InlineData("scjg", true)]
    [InlineData("fgw2", true)]
    [InlineData("Scjg", false)]
    [InlineData("sc-jg", false)]
    [InlineData("市场", false)]
    [InlineData("", false)]
    public void Site_codes_are_lowercase_letters_and_digits(string code, bool valid)
        => Assert.Equal(valid, SiteCodes.IsSiteCode(code));

    [Fact]
    public void A_channel_cannot_move_under_its_own_descendant()
    {
        var root = new Channel { Id = Guid.NewGuid() };
        var child = new Channel { Id = Guid.NewGuid(), ParentId = root.Id };
        var grandchild = new Channel { Id = Guid.NewGuid(), ParentId = child.Id };
        var other = new Channel { Id = Guid.NewGuid() };
        Channel[] all = [root, child, grandchild, other];

        Assert.True(ChannelTree.IsSelfOrDescendant(all, grandchild.Id, root.Id));
        Assert.True(ChannelTree.IsSelfOrDescendant(all, root.Id, root.Id));
        Assert.False(ChannelTree.IsSelfOrDescendant(all, other.Id, root.Id));
    }
}
