using EGov.Oversight.Contracts;
using EGov.Oversight.Domain;
using EGov.Oversight.Rules;
using EGov.Platform.Data;
using EGov.Platform.Time;
using Microsoft.EntityFrameworkCore;

namespace EGov.Oversight.Scan;

/// <summary>Asks every module's <see cref="IAnomalySource"/> and raises a card for each finding not raised before (one per rule and case).</summary>
internal sealed class AnomalyCards(EGovDbContext db, IEnumerable<IAnomalySource> sources)
{
    public async Task<Dictionary<string, int>> RaiseAsync(IReadOnlyDictionary<string, OversightRule> rules, DateTime now, DateTime since, CancellationToken cancellationToken)
    {
        var enabled = rules.Values.Where(r => r.Enabled).Select(r => r.Code).ToHashSet(StringComparer.Ordinal);
        var findings = new List<AnomalyFinding>();
        foreach (var source in sources)
        {
            findings.AddRange(await source.FindAsync(enabled, since, cancellationToken));
        }

        var candidates = findings.Where(f => enabled.Contains(f.Rule)).DistinctBy(f => (f.Rule, f.CaseId)).ToList();
        if (candidates.Count == 0)
        {
            return [];
        }

        try
        {
            return await InsertNewAsync(candidates, rules, now, cancellationToken);
        }
        catch (DbUpdateException)
        {
            // Another scan raised some of them in the meantime (the unique rule and cause): what is left is raised now.
            db.ChangeTracker.Clear();
            return await InsertNewAsync(candidates, rules, now, cancellationToken);
        }
    }

    private async Task<Dictionary<string, int>> InsertNewAsync(
        List<AnomalyFinding> candidates, IReadOnlyDictionary<string, OversightRule> rules, DateTime now, CancellationToken cancellationToken)
    {
        var codes = candidates.Select(f => f.Rule).Distinct().ToList();
        var causes = candidates.Select(f => f.CaseId).Distinct().ToList();
        var existing = (await db.Set<Card>().AsNoTracking()
            .Where(c => codes.Contains(c.Rule) && causes.Contains(c.Cause))
            .Select(c => new { c.Rule, c.Cause })
            .ToListAsync(cancellationToken))
            .Select(c => (c.Rule, c.Cause))
            .ToHashSet();
        var fresh = candidates.Where(f => !existing.Contains((f.Rule, f.CaseId))).ToList();
        db.Set<Card>().AddRange(fresh.Select(f => CardOf(f, rules[f.Rule], now)));
        await db.SaveChangesAsync(cancellationToken);
        return fresh.GroupBy(f => f.Rule).ToDictionary(g => g.Key, g => g.Count());
    }

    private static Card CardOf(AnomalyFinding finding, OversightRule rule, DateTime now) => new()
    {
        Rule = finding.Rule,
        Cause = finding.CaseId,
        Level = rule.Level,
        IsAnomaly = true,
        Module = finding.Module,
        CaseType = finding.CaseType,
        CaseId = finding.CaseId,
        DepartmentId = finding.DepartmentId,
        Item = finding.Item,
        Title = finding.Title,
        CaseUrl = finding.CaseUrl,
        Reason = finding.Reason,
        Evidence = finding.Evidence,
        RaisedAt = now,
        RaisedOn = ChinaTime.DateOf(now),
        State = CardState.Open,
    };
}
