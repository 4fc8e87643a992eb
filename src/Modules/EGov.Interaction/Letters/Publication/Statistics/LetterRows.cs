using EGov.Interaction.Domain.Letters;

namespace EGov.Interaction.Letters.Publication.Statistics;

/// <summary>One registered letter as the statistics count it; dates are China dates.</summary>
/// <param name="DepartmentId">The handling department, or the mailbox's department while none is assigned.</param>
/// <param name="DueOn">The due date of its reply clock (with approved extensions); null when it has none.</param>
internal sealed record LetterRow(Guid DepartmentId, DateOnly RegisteredOn, DateOnly? RepliedOn, DateOnly? DueOn, LetterState State)
{
    /// <summary>Still waiting for a reply: 待分办, 待签收, 办理中, 答复待审核.</summary>
    public bool IsOpen => State is LetterState.Registered or LetterState.Routed or LetterState.Handling or LetterState.ReplyReview;
}

/// <summary>One rating of a reply by the writer, on the day it was given.</summary>
internal sealed record RatingRow(Guid DepartmentId, DateOnly On, Satisfaction Satisfaction);
