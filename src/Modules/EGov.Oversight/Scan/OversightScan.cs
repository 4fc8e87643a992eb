using System.Text.Json;
using EGov.Oversight.Rules;
using EGov.Platform.Audit;
using EGov.Platform.Clocks;
using EGov.Platform.Data;
using Microsoft.Extensions.Options;

namespace EGov.Oversight.Scan;

/// <summary>
/// One pass of 电子监察 over every clock (issue 7): refresh the warning levels, raise the cards of overdue clocks, turn
/// uncorrected yellow cards red, raise the modules' anomalies, and put the new cards into the departments' inboxes.
/// Every write is set-based or batched, and nothing is raised twice for the same cause, however many scans run at once.
/// </summary>
internal sealed class OversightScan(
    EGovDbContext db,
    ClockService clocks,
    RuleBook ruleBook,
    ClockCards clockCards,
    CardEscalation escalation,
    AnomalyCards anomalies,
    CardInbox inbox,
    AnomalyCatchUp catchUp,
    IAuditLog audit,
    IOptions<OversightOptions> options,
    TimeProvider time)
{
    /// <param name="now">The instant the scan judges the clocks at (UTC).</param>
    public async Task<ScanResult> RunAsync(DateTime now, CancellationToken cancellationToken = default)
    {
        var started = time.GetTimestamp();
        now = now.Kind == DateTimeKind.Local ? now.ToUniversalTime() : DateTime.SpecifyKind(now, DateTimeKind.Utc);
        var refreshed = await clocks.RefreshWarningLevelsAsync(now, cancellationToken);
        var rules = await ruleBook.LoadAsync(cancellationToken);
        var raised = await clockCards.RaiseAsync(rules, now, cancellationToken);

        var escalated = 0;
        if (rules.TryGetValue(OversightRules.YellowUncorrected, out var uncorrected) && uncorrected.Enabled)
        {
            escalated = await escalation.EscalateAsync(uncorrected, now, cancellationToken);
            raised[OversightRules.YellowUncorrected] = escalated;
        }

        var found = await anomalies.RaiseAsync(rules, now, catchUp.Since(now, options.Value.AnomalyWindowDays), cancellationToken);
        foreach (var (code, count) in found)
        {
            raised[code] = raised.GetValueOrDefault(code) + count;
        }

        var answerDays = rules.TryGetValue(OversightRules.YellowUncorrected, out var rule) ? rule.Days ?? 3 : 3;
        var delivered = await inbox.DeliverAsync(answerDays, cancellationToken);

        var elapsed = (long)time.GetElapsedTime(started).TotalMilliseconds;
        var result = new ScanResult(refreshed, raised, escalated, found.Values.Sum(), delivered, elapsed);
        audit.Record(new AuditRecord("oversight.scan", null, null, AuditOutcome.Success, JsonSerializer.Serialize(new
        {
            result.Refreshed,
            result.Raised,
            result.Escalated,
            result.Anomalies,
            result.InboxItems,
            result.ElapsedMilliseconds,
        })));
        await db.SaveChangesAsync(cancellationToken);
        return result;
    }
}
