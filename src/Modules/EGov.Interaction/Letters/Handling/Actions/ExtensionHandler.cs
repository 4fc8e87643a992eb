using System.Globalization;
using System.Security.Claims;
using EGov.Interaction.Domain.Letters;
using EGov.Platform.Identity;
using EGov.Platform.Results;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace EGov.Interaction.Letters.Handling.Actions;

/// <summary>
/// 申请延期 by the handling department (at most <see cref="InteractionOptions.MaxExtensionWorkingDays"/>, once per round),
/// decided by the dispatcher of the mailbox's department; an approval extends the reply clock and tells the writer.
/// </summary>
internal sealed class ExtensionHandler(LetterUnit unit, LetterClocks clocks, LetterWork work, LetterJournal journal, IOptions<InteractionOptions> options)
{
    public async Task<Result> RequestAsync(Guid id, int? workingDays, string? reason, long? version, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        if (ExtensionRules.Check(workingDays, options.Value.MaxExtensionWorkingDays) is { } invalid)
        {
            return invalid;
        }

        if (StaffName.Trimmed(reason) is not { } why)
        {
            return HandlingErrors.Required("Reason", "延期的理由");
        }

        var loaded = await unit.LoadForAsync(id, LetterAction.RequestExtension, version, cancellationToken);
        if (!loaded.IsSuccess)
        {
            return loaded.Error!;
        }

        var letter = loaded.Value;
        if (await unit.Db.Set<LetterExtension>().AnyAsync(e => e.LetterId == id && e.Round == letter.Round, cancellationToken))
        {
            return HandlingErrors.ExtensionOncePerRound;
        }

        unit.Db.Add(new LetterExtension
        {
            LetterId = id,
            Round = letter.Round,
            WorkingDays = workingDays!.Value,
            Reason = why,
            RequestedById = user.AccountId() ?? Guid.Empty,
            RequestedByName = StaffName.Of(user),
            RequestedAt = unit.Now,
            State = ExtensionState.Requested,
        });
        await work.AddAsync(letter, LetterWork.Extension, cancellationToken);
        journal.Record(letter, "extension_requested", $"申请延期{workingDays}个工作日", user, internalNote: why, departmentId: letter.HandlingDepartmentId);
        return await unit.SaveAsync(letter, cancellationToken);
    }

    public async Task<Result> DecideAsync(Guid id, bool approve, string? note, long? version, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        var loaded = await unit.LoadForAsync(id, LetterAction.DecideExtension, version, cancellationToken);
        if (!loaded.IsSuccess)
        {
            return loaded.Error!;
        }

        var letter = loaded.Value;
        var extension = await unit.Db.Set<LetterExtension>()
            .SingleOrDefaultAsync(e => e.LetterId == id && e.Round == letter.Round && e.State == ExtensionState.Requested, cancellationToken);
        if (extension is null)
        {
            return HandlingErrors.NoPendingExtension;
        }

        (extension.State, extension.DecidedById, extension.DecidedByName, extension.DecidedAt, extension.DecisionNote)
            = (approve ? ExtensionState.Approved : ExtensionState.Refused, user.AccountId(), StaffName.Of(user), unit.Now, StaffName.Trimmed(note));
        await work.CompleteAsync(letter, user.AccountId(), cancellationToken, LetterWork.Extension);
        if (!approve)
        {
            journal.Record(letter, "extension_refused", "不同意延期", user, internalNote: extension.DecisionNote, departmentId: letter.MailboxDepartmentId);
            return await unit.SaveAsync(letter, cancellationToken);
        }

        var extended = await clocks.ExtendReplyAsync(letter, extension.WorkingDays, extension.Reason, StaffName.Of(user), cancellationToken);
        if (!extended.IsSuccess)
        {
            return extended;
        }

        var due = (await clocks.FindAsync(letter.ReplyClockId, cancellationToken))?.DueDate;
        var told = $"因{extension.Reason}，答复期限延长{extension.WorkingDays}个工作日{(due is { } d ? $"，至{d.ToString("yyyy年M月d日", CultureInfo.InvariantCulture)}" : "")}。";
        journal.Record(letter, "extended", $"答复期限延长{extension.WorkingDays}个工作日", user, publicNote: told, internalNote: extension.DecisionNote, departmentId: letter.MailboxDepartmentId);
        return await unit.SaveAsync(letter, cancellationToken);
    }
}
