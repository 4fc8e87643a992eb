using EGov.Interaction.Domain.Interviews;
using EGov.Interaction.Interviews;

namespace EGov.UnitTests.Interaction.Interviews;

public sealed class InterviewRulesTests
{
    private static readonly DateTime Now = new(2026, 11, 28, 7, 0, 0, DateTimeKind.Utc);

    [Fact]
    public void An_interview_goes_from_draft_to_announced_to_live_to_ended_and_is_archived_at_the_end()
    {
        var interview = new OnlineInterview();

        Assert.True(InterviewRules.Announce(interview).IsSuccess);
        Assert.Equal(InterviewState.Announced, interview.State);
        Assert.True(InterviewRules.Start(interview).IsSuccess);
        Assert.Equal(InterviewState.Live, interview.State);
        Assert.Null(interview.ArchivedAt);
        Assert.True(InterviewRules.End(interview, Now).IsSuccess);
        Assert.Equal(InterviewState.Ended, interview.State);
        Assert.Equal(Now, interview.ArchivedAt);
    }

    [Fact]
    public void A_draft_cannot_go_live_without_an_announcement()
    {
        var interview = new OnlineInterview();

        var started = InterviewRules.Start(interview);

        Assert.Equal("interaction.interview_wrong_state", started.Error!.Code);
        Assert.Contains("筹备中", started.Error.Message);
        Assert.Equal(InterviewState.Draft, interview.State);
    }

    [Fact]
    public void An_ended_interview_refuses_every_change_with_the_archive_message()
    {
        var interview = new OnlineInterview { State = InterviewState.Ended, ArchivedAt = Now };

        Assert.All(
            [InterviewRules.Announce(interview), InterviewRules.Start(interview), InterviewRules.End(interview, Now.AddHours(1)),
             InterviewRules.CanAsk(interview), InterviewRules.CanPost(interview), InterviewRules.CanEdit(interview), InterviewRules.CanModerate(interview)],
            r => Assert.Equal(InterviewErrors.Archived, r.Error));
        Assert.Equal(Now, interview.ArchivedAt);
    }

    [Theory]
    [InlineData("Draft", false, false)]
    [InlineData("Announced", true, false)]
    [InlineData("Live", true, true)]
    public void Questions_are_taken_when_announced_or_live_and_posts_only_while_live(string state, bool asks, bool posts)
    {
        var interview = new OnlineInterview { State = Enum.Parse<InterviewState>(state) };

        Assert.Equal(asks, InterviewRules.CanAsk(interview).IsSuccess);
        Assert.Equal(posts, InterviewRules.CanPost(interview).IsSuccess);
    }
}
