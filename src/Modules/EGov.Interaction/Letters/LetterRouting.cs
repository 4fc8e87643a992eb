using System.Security.Claims;
using EGov.Interaction.Contracts;
using EGov.Interaction.Domain;
using EGov.Interaction.Domain.Letters;
using EGov.Platform.Identity;
using EGov.Platform.Inbox;
using EGov.Platform.Organization;
using EGov.Platform.Results;
using EGov.Platform.Time;

namespace EGov.Interaction.Letters;

/// <summary>
/// 分办 and its to-do items, shared by automatic routing at registration (rules), the dispatcher's manual routing and
/// re-routing after a return. The caller saves.
/// </summary>
internal sealed class LetterRouting(LetterClocks clocks, LetterJournal journal, IWorkItems inbox, IOrganizationDirectory organization, TimeProvider time)
{
    public const string SignForWork = "letter.sign_for";
    public const string DispatchWork = "letter.dispatch";

    /// <summary>Routes the letter to the handling department: 待签收, the sign-for clock and a to-do for its handlers.</summary>
    public async Task<Result> RouteAsync(Letter letter, Guid departmentId, ClaimsPrincipal? actor, string? note, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(letter);
        if (await organization.FindAsync(departmentId, cancellationToken) is not { IsActive: true } department)
        {
            return InteractionErrors.UnknownDepartment;
        }

        var today = ChinaTime.DateOf(time.GetUtcNow().UtcDateTime);
        await inbox.CompleteAsync(InteractionClocks.Module, letter.Id.ToString(), DispatchWork, actor?.AccountId(), cancellationToken);
        letter.HandlingDepartmentId = department.Id;
        letter.RoutedAt = time.GetUtcNow().UtcDateTime;
        letter.State = LetterState.Routed;
        if (clocks.StartSignFor(letter, today) is { IsSuccess: false } started)
        {
            return started;
        }

        if (letter.ReplyClockId is null && clocks.StartReply(letter, letter.RegisteredOn ?? today) is { IsSuccess: false } reply)
        {
            return reply;
        }

        inbox.Add(new NewWorkItem(
            InteractionClocks.Module,
            SignForWork,
            $"请签收{InteractionNames.Of(letter.Kind)}信件：{letter.Subject}",
            InteractionClocks.CaseUrl(InteractionClocks.SignFor, letter.Id.ToString()),
            letter.Id.ToString(),
            WorkItemAssignee.DepartmentRole(department.Id, InteractionPermissions.Handle),
            ClockId: letter.SignForClockId));
        journal.Record(letter, "routed", $"已转{department.ShortName}办理", actor, publicNote: $"您的来信已转{department.Name}办理。", internalNote: note, departmentId: department.Id);
        return Result.Success();
    }

    /// <summary>Leaves the letter to the mailbox's dispatcher (no rule matched, or returned): 待分办 and a to-do.</summary>
    public void AwaitDispatch(Letter letter, string reason)
    {
        ArgumentNullException.ThrowIfNull(letter);
        letter.State = LetterState.Registered;
        letter.HandlingDepartmentId = null;
        inbox.Add(new NewWorkItem(
            InteractionClocks.Module,
            DispatchWork,
            $"请分办{InteractionNames.Of(letter.Kind)}信件：{letter.Subject}（{reason}）",
            InteractionClocks.CaseUrl(InteractionClocks.Reply, letter.Id.ToString()),
            letter.Id.ToString(),
            WorkItemAssignee.DepartmentRole(letter.MailboxDepartmentId, InteractionPermissions.Dispatch),
            ClockId: letter.ReplyClockId));
    }
}
