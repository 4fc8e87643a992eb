using EGov.Interaction.Domain.Interviews;
using EGov.Platform.Results;
using Microsoft.EntityFrameworkCore;

namespace EGov.Interaction.Interviews;

/// <summary>What goes on the record: who speaks (主持人 or a guest) and what they say.</summary>
internal sealed record PostInput(string? Speaker, string? Text);

/// <summary>
/// The moderation console's actions: answer a question as a guest, turn one down, post the host's or a guest's words.
/// Each post takes the next <see cref="InterviewPost.Sequence"/> of its interview. The interview's version is raised
/// with every post, so two moderators posting at once cannot both save the same sequence (nor post after the end, nor
/// answer the same question twice): the one that loses the race tries again on fresh data.
/// </summary>
internal sealed class ModerationHandler(InterviewUnit unit)
{
    private const int Attempts = 8;

    public Task<Result<int>> AnswerAsync(Guid id, Guid questionId, PostInput input, CancellationToken cancellationToken)
        => RetryAsync(() => AnswerOnceAsync(id, questionId, input, cancellationToken), cancellationToken);

    public Task<Result<int>> PostAsync(Guid id, PostInput input, CancellationToken cancellationToken)
        => RetryAsync(() => PostOnceAsync(id, input, null, cancellationToken), cancellationToken);

    public async Task<Result> RejectAsync(Guid id, Guid questionId, CancellationToken cancellationToken)
    {
        var loaded = await unit.LoadAsync(id, null, cancellationToken);
        if (!loaded.IsSuccess)
        {
            return loaded.Error!;
        }

        if (InterviewRules.CanModerate(loaded.Value) is { IsSuccess: false } refused)
        {
            return refused;
        }

        var question = await PendingAsync(id, questionId, cancellationToken);
        if (!question.IsSuccess)
        {
            return question.Error!;
        }

        question.Value.State = QuestionState.Rejected;
        unit.Audit(loaded.Value, "question_rejected", new { questionId });
        return await unit.SaveAsync(loaded.Value, cancellationToken);
    }

    private async Task<Result<int>> AnswerOnceAsync(Guid id, Guid questionId, PostInput input, CancellationToken cancellationToken)
    {
        var question = await PendingAsync(id, questionId, cancellationToken);
        return question.IsSuccess ? await PostOnceAsync(id, input, question.Value, cancellationToken) : question.Error!;
    }

    private async Task<Result<int>> PostOnceAsync(Guid id, PostInput input, InterviewQuestion? question, CancellationToken cancellationToken)
    {
        var loaded = await unit.LoadAsync(id, null, cancellationToken);
        if (!loaded.IsSuccess)
        {
            return loaded.Error!;
        }

        var interview = loaded.Value;
        if (InterviewRules.CanPost(interview) is { IsSuccess: false } refused)
        {
            return refused.Error!;
        }

        var text = input.Text?.Trim() ?? "";
        if (text.Length == 0 || text.Length > 10000)
        {
            return text.Length == 0 ? InterviewErrors.Required("Text", question is null ? "发言内容" : "回答内容") : InterviewErrors.Invalid("Text", "发言不能超过10000个字。");
        }

        if (Speaker(interview, input.Speaker) is not { } speaker)
        {
            return InterviewErrors.UnknownGuest;
        }

        var last = await unit.Db.Set<InterviewPost>().Where(p => p.InterviewId == id).MaxAsync(p => (int?)p.Sequence, cancellationToken);
        var post = new InterviewPost
        {
            InterviewId = id,
            Sequence = (last ?? 0) + 1,
            Speaker = speaker,
            Text = text,
            QuestionId = question?.Id,
            QuestionText = question?.Text,
            AskerName = question?.AskerName,
            At = unit.Now,
        };
        unit.Db.Add(post);
        if (question is not null)
        {
            question.State = QuestionState.Answered;
        }

        unit.Audit(interview, question is null ? "posted" : "question_answered", new { post.Sequence, speaker, questionId = question?.Id });
        var saved = await unit.SaveAsync(interview, cancellationToken);
        return saved.IsSuccess ? post.Sequence : saved.Error!;
    }

    /// <summary>The host, or a guest of this interview named by name or by "姓名（职务）".</summary>
    public static string? Speaker(OnlineInterview interview, string? chosen)
    {
        var name = chosen?.Trim() ?? "";
        if (name == InterviewNames.Host)
        {
            return InterviewNames.Host;
        }

        return InterviewGuest.Parse(interview.Guests).FirstOrDefault(g => g.Name == name || g.Label == name)?.Label;
    }

    private async Task<Result<InterviewQuestion>> PendingAsync(Guid id, Guid questionId, CancellationToken cancellationToken)
    {
        var question = await unit.Db.Set<InterviewQuestion>().SingleOrDefaultAsync(q => q.Id == questionId && q.InterviewId == id, cancellationToken);
        return question is null ? InterviewErrors.QuestionNotFound
            : question.State == QuestionState.Pending ? question : InterviewErrors.QuestionHandled;
    }

    private async Task<Result<int>> RetryAsync(Func<Task<Result<int>>> attempt, CancellationToken cancellationToken)
    {
        for (var i = 0; i < Attempts; i++)
        {
            try
            {
                var result = await attempt();
                if (result.IsSuccess || result.Error != InterviewErrors.Stale)
                {
                    return result;
                }
            }
            catch (DbUpdateException)
            {
                // The unique (interview, sequence) index caught a race that the version did not.
                unit.Db.ChangeTracker.Clear();
            }

            await Task.Delay(Random.Shared.Next(5, 40) * (i + 1), cancellationToken);
        }

        return InterviewErrors.Busy;
    }
}
