using System.Security.Claims;
using EGov.Interaction.Domain.Letters;
using EGov.Interaction.Domain.Mailboxes;
using EGov.Platform.Clocks;
using EGov.Platform.Data;
using EGov.Platform.Results;
using EGov.Platform.Time;
using Microsoft.EntityFrameworkCore;

namespace EGov.Interaction.Letters.Writing.Registration;

/// <summary>
/// 登记 and automatic 分办 of an admitted letter (at submission, or when staff release a held one): the registration
/// day, the reply clock, then a department mailbox's letter goes to its own department, the district head's through
/// the routing rules, or else to the dispatcher. The caller saves.
/// </summary>
internal sealed class LetterAdmission(EGovDbContext db, LetterClocks clocks, LetterRouting routing, LetterJournal journal, TimeProvider time)
{
    public const string NoRuleMatched = "未匹配分办规则";

    public async Task<Result> AdmitAsync(Letter letter, ClaimsPrincipal? actor, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(letter);
        var today = ChinaTime.Today(time);
        letter.RegisteredOn = today;
        letter.State = LetterState.Registered;
        if (clocks.StartReply(letter, today) is { IsSuccess: false } started)
        {
            return started;
        }

        var due = await ReplyDueAsync(letter, cancellationToken);
        journal.Record(letter, "registered", "已登记", actor, publicNote: $"您的来信已登记，编号 {letter.Number}，将于 {due:yyyy年M月d日} 前答复。");
        var mailbox = await db.Set<Mailbox>().AsNoTracking().SingleAsync(m => m.Id == letter.MailboxId, cancellationToken);
        if (mailbox.Kind == MailboxKind.Department)
        {
            return await RouteOrAwaitAsync(letter, mailbox.DepartmentId, actor, $"{mailbox.Name}来信", cancellationToken);
        }

        var rules = await db.Set<RoutingRule>().AsNoTracking().Where(r => r.IsActive).ToListAsync(cancellationToken);
        if (RoutingRuleMatcher.Match(rules, letter.MailboxId, letter.Kind, letter.Subject, letter.Content) is { } rule)
        {
            return await RouteOrAwaitAsync(letter, rule.TargetDepartmentId, actor, $"按分办规则自动转办{(rule.Note is { Length: > 0 } n ? "：" + n : "")}", cancellationToken);
        }

        routing.AwaitDispatch(letter, NoRuleMatched);
        return Result.Success();
    }

    /// <summary>The reply clock's due date, also before the clock is saved.</summary>
    public async Task<DateOnly?> ReplyDueAsync(Letter letter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(letter);
        if (letter.ReplyClockId is not { } id)
        {
            return null;
        }

        var clock = db.Set<StatutoryClock>().Local.FirstOrDefault(c => c.Id == id) ?? await clocks.FindAsync(id, cancellationToken);
        return clock?.DueDate;
    }

    private async Task<Result> RouteOrAwaitAsync(Letter letter, Guid departmentId, ClaimsPrincipal? actor, string note, CancellationToken cancellationToken)
    {
        var routed = await routing.RouteAsync(letter, departmentId, actor, note, cancellationToken);
        if (routed.Error == InteractionErrors.UnknownDepartment)
        {
            routing.AwaitDispatch(letter, "分办规则的承办部门已停用");
            return Result.Success();
        }

        return routed;
    }
}
