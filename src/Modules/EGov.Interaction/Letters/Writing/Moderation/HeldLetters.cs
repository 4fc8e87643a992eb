using EGov.Interaction.Contracts;
using EGov.Interaction.Domain;
using EGov.Interaction.Domain.Letters;
using Microsoft.EntityFrameworkCore;

namespace EGov.Interaction.Letters.Writing.Moderation;

/// <summary>The held letters of the mailboxes in the dispatcher's scope, oldest first.</summary>
internal sealed class HeldLetters(LetterAccess access)
{
    public async Task<IReadOnlyList<HeldLetter>> ListAsync(CancellationToken cancellationToken)
    {
        var letters = await access.InScopeAsync(InteractionPermissions.Dispatch, cancellationToken);
        var rows = await letters.AsNoTracking().Where(l => l.State == LetterState.Held).OrderBy(l => l.SubmittedAt).Take(200).ToListAsync(cancellationToken);
        return [.. rows.Select(l => new HeldLetter(
            l.Id, l.Number, InteractionNames.Of(l.Kind), l.Subject, l.Content, l.SubmittedAt, l.Version,
            (l.SensitiveWords ?? "").Split(',', StringSplitOptions.RemoveEmptyEntries)))];
    }
}

internal sealed record HeldLetter(Guid Id, string Number, string Kind, string Subject, string Content, DateTime SubmittedAt, uint Version, IReadOnlyList<string> Words);
