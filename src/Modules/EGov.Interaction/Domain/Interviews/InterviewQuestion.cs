namespace EGov.Interaction.Domain.Interviews;

/// <summary>A question from the public; it appears on the page only once the moderator accepts and a guest answers it.</summary>
internal sealed class InterviewQuestion
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid InterviewId { get; set; }
    public Guid? AccountId { get; set; }

    /// <summary>网名 shown with the question.</summary>
    public string AskerName { get; set; } = "";

    public string Text { get; set; } = "";
    public DateTime SubmittedAt { get; set; }
    public QuestionState State { get; set; }
    public string? SensitiveWords { get; set; }
}

internal enum QuestionState
{
    Pending,
    Answered,
    Rejected,
}

/// <summary>One line of the live record: a host's or guest's words, or an answered question with its answer.</summary>
internal sealed class InterviewPost
{
    public Guid Id { get; set; } = Guid.CreateVersion7();
    public Guid InterviewId { get; set; }

    /// <summary>Increasing per interview; the live page asks for posts after the last it has.</summary>
    public int Sequence { get; set; }

    public string Speaker { get; set; } = "";
    public string Text { get; set; } = "";
    public Guid? QuestionId { get; set; }
    public string? QuestionText { get; set; }
    public string? AskerName { get; set; }
    public DateTime At { get; set; }
}
