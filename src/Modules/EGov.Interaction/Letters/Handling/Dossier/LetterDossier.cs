using EGov.Interaction.Domain.Letters;
using EGov.Interaction.Domain.Mailboxes;
using EGov.Interaction.Letters.Handling.Actions;
using EGov.Interaction.Letters.Handling.Publication;
using EGov.Platform.Clocks;

namespace EGov.Interaction.Letters.Handling.Dossier;

/// <summary>A letter as staff read it: writer (masked by permission), files, clocks, history with internal notes, replies, extensions and the allowed steps.</summary>
internal sealed record LetterDossier(
    Letter Letter,
    string MailboxName,
    string? HandlingDepartmentName,
    WriterView Writer,
    IReadOnlyList<LetterAttachment> Attachments,
    IReadOnlyList<LetterClockView> Clocks,
    IReadOnlyList<LetterStep> Steps,
    IReadOnlyList<LetterNote> Notes,
    IReadOnlyList<LetterReply> Replies,
    IReadOnlyList<LetterExtension> Extensions,
    IReadOnlyList<LetterRating> Ratings,
    IReadOnlyList<(Guid Id, string Number)> MergedLetters,
    (Guid Id, string Number)? MergedInto,
    IReadOnlySet<LetterAction> Actions,
    IReadOnlyList<ReplyTemplate> Templates,
    IReadOnlyList<(Guid Id, string Name)> Departments,
    PublicText PublishDraft)
{
    public bool Can(LetterAction action) => Actions.Contains(action);
}

internal sealed record WriterView(string Name, string? Phone, string? Email, string? Address, bool Signedin);

internal sealed record LetterClockView(string CaseType, string Name, StatutoryClock Clock, int RemainingWorkingDays, WarningLevel Level);
