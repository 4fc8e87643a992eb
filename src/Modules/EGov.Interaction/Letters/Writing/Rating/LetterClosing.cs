using System.Security.Claims;
using EGov.Interaction.Contracts;
using EGov.Interaction.Domain.Letters;
using EGov.Platform.Identity;
using EGov.Platform.Inbox;
using EGov.Platform.Results;

namespace EGov.Interaction.Letters.Writing.Rating;

/// <summary>办结: the letter's clocks stop, its open to-dos are done, and the closing step is recorded. The caller saves.</summary>
internal sealed class LetterClosing(LetterClocks clocks, LetterJournal journal, IWorkItems inbox, TimeProvider time)
{
    public async Task<Result> CloseAsync(Letter letter, string title, string publicNote, ClaimsPrincipal? actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(letter);
        letter.State = LetterState.Closed;
        letter.ClosedAt = time.GetUtcNow().UtcDateTime;
        foreach (var clock in (Guid?[])[letter.SignForClockId, letter.ReplyClockId])
        {
            if (await clocks.StopAsync(clock, "办结", cancellationToken) is { IsSuccess: false } stopped)
            {
                return stopped;
            }
        }

        await inbox.CompleteAsync(InteractionClocks.Module, letter.Id.ToString(), null, actor?.AccountId(), cancellationToken);
        journal.Record(letter, "closed", title, actor, publicNote: publicNote);
        return Result.Success();
    }
}
