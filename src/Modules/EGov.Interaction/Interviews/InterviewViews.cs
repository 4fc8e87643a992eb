using EGov.Interaction.Domain.Interviews;

namespace EGov.Interaction.Interviews;

/// <summary>An interview in a list.</summary>
internal sealed record InterviewSummary(Guid Id, string Title, string Subject, InterviewState State, DateTime StartsAt, DateTime EndsAt, uint Version);

/// <summary>An interview with its guests and its record so far, as the public page and the API give it.</summary>
internal sealed record InterviewDetail(
    Guid Id,
    string Title,
    string Subject,
    string DepartmentName,
    IReadOnlyList<InterviewGuest> Guests,
    string Introduction,
    InterviewState State,
    DateTime StartsAt,
    DateTime EndsAt,
    DateTime? ArchivedAt,
    uint Version,
    IReadOnlyList<PostView> Posts)
{
    public bool TakesQuestions => InterviewRules.TakesQuestions(State);
}

/// <summary>One post of the record; <see cref="QuestionText"/> and <see cref="AskerName"/> when it answers a question.</summary>
internal sealed record PostView(int Sequence, string Speaker, string Text, string? QuestionText, string? AskerName, DateTime At)
{
    public static PostView Of(InterviewPost p) => new(p.Sequence, p.Speaker, p.Text, p.QuestionText, p.AskerName, p.At);
}

/// <summary>A question waiting for the host, with the sensitive words found in it.</summary>
internal sealed record QuestionView(Guid Id, string AskerName, string Text, DateTime SubmittedAt, QuestionState State, IReadOnlyList<string> SensitiveWords);
