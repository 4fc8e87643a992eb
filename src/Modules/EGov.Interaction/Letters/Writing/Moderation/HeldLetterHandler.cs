using System.Security.Claims;
using EGov.Interaction.Contracts;
using EGov.Interaction.Domain.Letters;
using EGov.Interaction.Letters.Writing.Registration;
using EGov.Platform.Data;
using EGov.Platform.Identity;
using EGov.Platform.Inbox;
using EGov.Platform.Results;
using Microsoft.EntityFrameworkCore;

namespace EGov.Interaction.Letters.Writing.Moderation;

/// <summary>
/// Review of a letter held by the sensitive-word filter, by the mailbox department's dispatcher: 放行 admits it as if it
/// had just arrived (registration day and reply clock start now); 不予受理 ends it with a reason told to the writer.
/// </summary>
internal sealed class HeldLetterHandler(EGovDbContext db, LetterAccess access, LetterAdmission admission, LetterJournal journal, IWorkItems inbox, TimeProvider time)
{
    public const int ReasonMax = 500;

    public static readonly Error NotHeld = Error.Conflict("interaction.letter_not_held", "该信件不在待审核状态，请刷新后再试。");
    public static readonly Error ReasonRequired = Error.Validation("interaction.rejection_reason_required", $"请填写不予受理的理由（不超过 {ReasonMax} 字）。");

    public async Task<Result> ReleaseAsync(Guid id, uint? version, ClaimsPrincipal actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var found = await FindHeldAsync(id, version, cancellationToken);
        if (!found.IsSuccess)
        {
            return found.Error!;
        }

        var letter = found.Value;
        await inbox.CompleteAsync(InteractionClocks.Module, letter.Id.ToString(), LetterRegistrar.ModerateWork, actor.AccountId(), cancellationToken);
        journal.Record(letter, "released", "审核通过", actor, internalNote: $"敏感词：{letter.SensitiveWords}");
        var admitted = await admission.AdmitAsync(letter, actor, cancellationToken);
        return admitted.IsSuccess ? await SaveAsync(cancellationToken) : Fail(admitted.Error!);
    }

    public async Task<Result> RejectAsync(Guid id, uint? version, string? reason, ClaimsPrincipal actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(actor);
        var text = reason?.Trim() ?? "";
        if (text.Length == 0 || text.Length > ReasonMax)
        {
            return ReasonRequired with { Fields = new Dictionary<string, string[]> { ["Reason"] = [ReasonRequired.Message] } };
        }

        var found = await FindHeldAsync(id, version, cancellationToken);
        if (!found.IsSuccess)
        {
            return found.Error!;
        }

        var letter = found.Value;
        await inbox.CompleteAsync(InteractionClocks.Module, letter.Id.ToString(), LetterRegistrar.ModerateWork, actor.AccountId(), cancellationToken);
        letter.State = LetterState.Rejected;
        letter.RejectionReason = text;
        letter.ClosedAt = time.GetUtcNow().UtcDateTime;
        journal.Record(letter, "rejected", "不予受理", actor, publicNote: $"您的来信不予受理。理由：{text}");
        return await SaveAsync(cancellationToken);
    }

    private async Task<Result<Letter>> FindHeldAsync(Guid id, uint? version, CancellationToken cancellationToken)
    {
        var letter = await access.FindAsync(id, InteractionPermissions.Dispatch, cancellationToken);
        if (letter is null)
        {
            return InteractionErrors.NotFound;
        }

        if (version is { } v && v != letter.Version)
        {
            return InteractionErrors.Stale;
        }

        if (letter.State != LetterState.Held)
        {
            return NotHeld;
        }

        // The mailbox's department decides, not a department the letter was never routed to.
        return await access.CoversAsync(InteractionPermissions.Dispatch, letter.MailboxDepartmentId, cancellationToken) ? letter : InteractionErrors.NotFound;
    }

    private async Task<Result> SaveAsync(CancellationToken cancellationToken)
    {
        try
        {
            await db.SaveChangesAsync(cancellationToken);
            return Result.Success();
        }
        catch (DbUpdateConcurrencyException)
        {
            db.ChangeTracker.Clear();
            return InteractionErrors.Stale;
        }
    }

    private Result Fail(Error error)
    {
        db.ChangeTracker.Clear();
        return error;
    }
}
