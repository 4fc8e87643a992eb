using EGov.Platform.Results;
using EGov.Portal.Domain.Articles;
using EGov.Portal.Workflow;

namespace EGov.UnitTests.Portal.Workflow;

public sealed class WorkflowRulesTests
{
    private static readonly DateTime Now = new(2026, 11, 28, 2, 0, 0, DateTimeKind.Utc);

    [Theory]
    [InlineData((int)ArticleStatus.Draft)]
    [InlineData((int)ArticleStatus.Returned)]
    public void Drafts_and_returned_articles_may_be_submitted(int status)
        => Assert.True(WorkflowRules.Submit.CheckFrom((ArticleStatus)status).IsSuccess);

    [Fact]
    public void Submitting_a_published_article_is_a_conflict_naming_its_status()
    {
        var error = WorkflowRules.Submit.CheckFrom(ArticleStatus.Published).Error!;

        Assert.Equal((ErrorKind.Conflict, "portal.wrong_state"), (error.Kind, error.Code));
        Assert.Equal("稿件当前状态为“已发布”，不能提交审核。", error.Message);
    }

    [Theory]
    [InlineData((int)ArticleStatus.Draft)]
    [InlineData((int)ArticleStatus.Submitted)]
    [InlineData((int)ArticleStatus.Published)]
    public void Only_a_reviewed_article_goes_to_confidentiality_review(int status)
        => Assert.False(WorkflowRules.ConfidentialityReview.CheckFrom((ArticleStatus)status).IsSuccess);

    [Fact]
    public void Only_published_articles_are_withdrawn_and_only_withdrawn_or_taken_down_ones_reopened()
    {
        var withdrawable = Enum.GetValues<ArticleStatus>().Where(s => WorkflowRules.Withdraw.CheckFrom(s).IsSuccess);
        var reopenable = Enum.GetValues<ArticleStatus>().Where(s => WorkflowRules.Reopen.CheckFrom(s).IsSuccess);

        Assert.Equal([ArticleStatus.Published], withdrawable);
        Assert.Equal([ArticleStatus.Withdrawn, ArticleStatus.TakenDown], reopenable);
    }

    [Fact]
    public void Passed_review_of_an_older_revision_does_not_allow_publication()
        => Assert.False(WorkflowRules.MayPublish(2, [Review(1, passed: true, Now)]));

    [Fact]
    public void Latest_review_of_the_current_revision_decides()
    {
        Assert.True(WorkflowRules.MayPublish(2, [Review(2, passed: false, Now), Review(2, passed: true, Now.AddMinutes(5))]));
        Assert.False(WorkflowRules.MayPublish(2, [Review(2, passed: true, Now), Review(2, passed: false, Now.AddMinutes(5))]));
        Assert.False(WorkflowRules.MayPublish(1, []));
    }

    [Fact]
    public void Pass_schedules_when_the_publication_time_is_ahead_and_publishes_otherwise()
    {
        Assert.Equal(ArticleStatus.Scheduled, WorkflowRules.AfterConfidentialityPass(new Article { ScheduledPublishAt = Now.AddHours(1) }, Now));
        Assert.Equal(ArticleStatus.Published, WorkflowRules.AfterConfidentialityPass(new Article { ScheduledPublishAt = Now.AddHours(-1) }, Now));
        Assert.Equal(ArticleStatus.Published, WorkflowRules.AfterConfidentialityPass(new Article(), Now));
    }

    [Fact]
    public void Scheduler_acts_only_on_scheduled_or_published_articles_whose_time_has_come()
    {
        Assert.True(WorkflowRules.IsDueForPublication(new Article { Status = ArticleStatus.Scheduled, ScheduledPublishAt = Now }, Now));
        Assert.False(WorkflowRules.IsDueForPublication(new Article { Status = ArticleStatus.Scheduled, ScheduledPublishAt = Now.AddSeconds(1) }, Now));
        Assert.False(WorkflowRules.IsDueForPublication(new Article { Status = ArticleStatus.Reviewed, ScheduledPublishAt = Now }, Now));
        Assert.True(WorkflowRules.IsDueForTakeDown(new Article { Status = ArticleStatus.Published, ScheduledTakeDownAt = Now.AddDays(-1) }, Now));
        Assert.False(WorkflowRules.IsDueForTakeDown(new Article { Status = ArticleStatus.Withdrawn, ScheduledTakeDownAt = Now.AddDays(-1) }, Now));
    }

    [Fact]
    public void Free_text_is_trimmed_required_and_limited()
    {
        Assert.Equal("请填写撤稿原因。", WorkflowText.Required("  ", "reason", "撤稿原因", 500).Error!.Message);
        Assert.Equal("撤稿原因不能超过5个字。", WorkflowText.Required("一二三四五六", "reason", "撤稿原因", 5).Error!.Message);
        Assert.Equal("日期有误", WorkflowText.Required(" 日期有误 ", "reason", "撤稿原因", 500).Value);
        Assert.Null(WorkflowText.Optional("", "opinion", "审核意见", 10).Value);
    }

    private static ConfidentialityReview Review(int revision, bool passed, DateTime at)
        => new() { RevisionNumber = revision, Passed = passed, ReviewedAt = at, Opinion = "意见" };
}
