using EGov.Interaction.Domain.Interviews;
using EGov.Platform.Results;

namespace EGov.Interaction.Interviews;

/// <summary>
/// The life of an interview: 筹备 → 预告 (on the portal, questions taken) → 直播 → 结束 (transcript archived). Once ended
/// nothing is added or changed: the archived record is what was said.
/// </summary>
internal static class InterviewRules
{
    public static bool TakesQuestions(InterviewState state) => state is InterviewState.Announced or InterviewState.Live;

    public static bool IsPublic(InterviewState state) => state is not InterviewState.Draft;

    public static Result CanEdit(OnlineInterview interview)
        => interview.State == InterviewState.Ended ? InterviewErrors.Archived : Result.Success();

    public static Result CanAsk(OnlineInterview interview) => interview.State switch
    {
        InterviewState.Ended => InterviewErrors.Archived,
        _ when TakesQuestions(interview.State) => Result.Success(),
        _ => InterviewErrors.NotTakingQuestions,
    };

    /// <summary>Posts (answers and the host's or guests' words) go on the record only while live.</summary>
    public static Result CanPost(OnlineInterview interview) => interview.State switch
    {
        InterviewState.Ended => InterviewErrors.Archived,
        InterviewState.Live => Result.Success(),
        _ => InterviewErrors.NotLive,
    };

    /// <summary>Questions may be turned down from the announcement until the end.</summary>
    public static Result CanModerate(OnlineInterview interview)
        => interview.State == InterviewState.Ended ? InterviewErrors.Archived : Result.Success();

    public static Result Announce(OnlineInterview interview) => Move(interview, InterviewState.Draft, InterviewState.Announced, "发布预告");

    public static Result Start(OnlineInterview interview) => Move(interview, InterviewState.Announced, InterviewState.Live, "开始直播");

    public static Result End(OnlineInterview interview, DateTime now)
    {
        var moved = Move(interview, InterviewState.Live, InterviewState.Ended, "结束访谈");
        if (moved.IsSuccess)
        {
            interview.ArchivedAt = now;
        }

        return moved;
    }

    private static Result Move(OnlineInterview interview, InterviewState from, InterviewState to, string action)
    {
        ArgumentNullException.ThrowIfNull(interview);
        if (interview.State == InterviewState.Ended)
        {
            return InterviewErrors.Archived;
        }

        if (interview.State != from)
        {
            return InterviewErrors.WrongState(action, interview.State);
        }

        interview.State = to;
        return Result.Success();
    }
}
