namespace EGov.Interaction.Letters.Writing.Tracking;

/// <summary>What the writer sees of their letter: its course with public notes, the reply, and whether it may be rated now.</summary>
internal sealed record LetterView(
    Guid Id,
    string Number,
    string Mailbox,
    string Kind,
    string Subject,
    string Content,
    string State,
    string StateName,
    DateTime SubmittedAt,
    string? HandlingDepartment,
    DateOnly? ReplyDue,
    string? Reply,
    DateTime? RepliedAt,
    string? ReplyingDepartment,
    string? RejectionReason,
    int Round,
    bool CanRate,
    IReadOnlyList<LetterViewStep> Steps,
    IReadOnlyList<LetterViewRating> Ratings);

internal sealed record LetterViewStep(string Title, DateTime At, string? Note);

internal sealed record LetterViewRating(int Round, string Satisfaction, DateTime At);

/// <summary>One line of 我的信件.</summary>
internal sealed record LetterSummary(Guid Id, string Number, string Subject, string Kind, string StateName, DateTime SubmittedAt, bool CanRate);
