using EGov.Interaction.Contracts;
using EGov.Interaction.Domain;
using EGov.Interaction.Domain.Letters;
using EGov.Platform.Inbox;

namespace EGov.Interaction.Letters.Handling;

/// <summary>Moves a letter's to-do items along with its state: the done item is completed, the next one added with the clock's due date.</summary>
internal sealed class LetterWork(IWorkItems items, LetterClocks clocks)
{
    public const string Dispatch = LetterRouting.DispatchWork;
    public const string SignFor = LetterRouting.SignForWork;
    public const string Handle = "letter.handle";
    public const string Review = "letter.review";
    public const string Extension = "letter.extension";
    public const string Rehandle = "letter.rehandle";

    /// <summary>Completes the open items of the given kinds, or all of the letter's open items when none is given.</summary>
    public async Task CompleteAsync(Letter letter, Guid? actorId, CancellationToken cancellationToken, params string[] kinds)
    {
        var caseId = letter.Id.ToString();
        if (kinds.Length == 0)
        {
            await items.CompleteAsync(InteractionClocks.Module, caseId, null, actorId, cancellationToken);
            return;
        }

        foreach (var kind in kinds)
        {
            await items.CompleteAsync(InteractionClocks.Module, caseId, kind, actorId, cancellationToken);
        }
    }

    /// <summary>Adds the item for whoever holds the step's permission in its department, due when the reply clock is.</summary>
    public async Task AddAsync(Letter letter, string kind, CancellationToken cancellationToken)
    {
        var (permission, title, department) = kind switch
        {
            Review => (InteractionPermissions.Review, "审核答复", letter.HandlingDepartmentId),
            Extension => (InteractionPermissions.Dispatch, "审批延期申请", (Guid?)letter.MailboxDepartmentId),
            Rehandle => (InteractionPermissions.Handle, "重新办理（来信人不满意）", letter.HandlingDepartmentId),
            _ => (InteractionPermissions.Handle, "办理并拟答复", letter.HandlingDepartmentId),
        };
        var clock = await clocks.FindAsync(letter.ReplyClockId, cancellationToken);
        items.Add(new NewWorkItem(
            InteractionClocks.Module,
            kind,
            $"{title}{InteractionNames.Of(letter.Kind)}信件：{letter.Subject}",
            InteractionClocks.CaseUrl(InteractionClocks.Reply, letter.Id.ToString()),
            letter.Id.ToString(),
            WorkItemAssignee.DepartmentRole(department ?? letter.MailboxDepartmentId, permission),
            clock?.DueDate,
            clock?.Id));
    }
}
