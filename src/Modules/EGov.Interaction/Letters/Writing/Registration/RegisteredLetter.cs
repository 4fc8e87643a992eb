using EGov.Interaction.Domain.Letters;

namespace EGov.Interaction.Letters.Writing.Registration;

/// <summary>The receipt of a submitted letter. <see cref="QueryCode"/> is shown this once and never stored in clear.</summary>
/// <param name="ReplyDue">The reply clock's due date; null while the letter is held for review.</param>
internal sealed record RegisteredLetter(
    Guid Id, string Number, string QueryCode, LetterState State, string Open311Token, DateTime SubmittedAt, DateOnly? ReplyDue);
