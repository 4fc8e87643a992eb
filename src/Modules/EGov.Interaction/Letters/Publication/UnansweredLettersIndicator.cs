using EGov.Interaction.Contracts;
using EGov.Interaction.Domain;
using EGov.Interaction.Domain.Letters;
using EGov.Platform.Data;
using EGov.Portal.Contracts.Health;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace EGov.Interaction.Letters.Publication;

/// <summary>
/// 互动回应差 (检查指标 单项否决, 国办秘函〔2019〕19号): within the year before the check, a valid message left unanswered
/// for more than 3 months. The portal covers every mailbox; a department's sub-site the mailboxes of that department.
/// Held, merged and rejected letters are not valid messages; replied and closed ones are answered.
/// </summary>
internal sealed class UnansweredLettersIndicator(EGovDbContext db, IOptions<InteractionOptions> options) : IHealthIndicatorSource
{
    public const string Code = "interaction_unanswered";

    public async Task<HealthContribution> CheckAsync(HealthSite site, DateOnly today, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(site);
        var months = options.Value.UnansweredMonths;
        var cutoff = today.AddMonths(-months);
        var yearAgo = today.AddYears(-1);
        var unanswered = new[] { LetterState.Registered, LetterState.Routed, LetterState.Handling, LetterState.ReplyReview };
        var letters = await db.Set<Letter>().AsNoTracking()
            .Where(l => site.IsPortal || l.MailboxDepartmentId == site.DepartmentId)
            .Where(l => l.RegisteredOn < cutoff && l.RegisteredOn >= yearAgo && unanswered.Contains(l.State))
            .OrderBy(l => l.RegisteredOn).ThenBy(l => l.Number)
            .Select(l => new { l.Id, l.Number, l.Subject, RegisteredOn = l.RegisteredOn!.Value, l.State })
            .ToListAsync(cancellationToken);

        var indicator = new HealthIndicator(Code, $"互动回应差：超过{months}个月未答复的留言",
            $"检查前一年内登记、超过{months}个月仍未答复的有效留言数", letters.Count, 1, "件", letters.Count >= 1);
        var findings = letters.Select(l => new HealthFinding(Code, $"{l.Number} {l.Subject}", InteractionClocks.CaseUrl(InteractionClocks.Reply, l.Id.ToString()),
            l.RegisteredOn, $"登记后已{today.DayNumber - l.RegisteredOn.DayNumber}天未答复（{InteractionNames.Of(l.State)}）")).ToList();
        return new HealthContribution([indicator], findings);
    }
}
