using EGov.Oversight.Domain;
using EGov.Oversight.Rules;
using EGov.Platform.Clocks;
using EGov.Platform.Data;
using EGov.Platform.Time;
using Microsoft.EntityFrameworkCore;

namespace EGov.Bench.Oversight;

/// <summary>
/// Baseline of the scan: the overdue open clocks and the existing card causes loaded into memory, and one
/// <see cref="Card"/> entity added through EF Core per clock that has none, saved every 1,000 cards.
/// </summary>
internal static class RowByRowScan
{
    private const int Batch = 1000;

    public static async Task RunAsync(IServiceProvider services, DateTime now)
    {
        var db = services.GetRequiredService<EGovDbContext>();
        var types = services.GetRequiredService<ClockTypes>();
        var rules = await services.GetRequiredService<RuleBook>().LoadAsync();
        var existing = (await db.Set<Card>().AsNoTracking().Select(k => new { k.Rule, k.Cause }).ToListAsync())
            .Select(k => (k.Rule, k.Cause)).ToHashSet();
        var overdue = await db.Set<StatutoryClock>().AsNoTracking()
            .Where(c => (c.State == ClockState.Running && c.DueAt <= now) || (c.State == ClockState.Paused && c.WarningLevel == WarningLevel.Overdue))
            .ToListAsync();
        var pending = 0;
        foreach (var clock in overdue)
        {
            var type = types.Find(clock.Module, clock.CaseType);
            if (ClockRuleMap.RuleFor(type) is not { } code || rules[code] is not { Enabled: true } rule || !existing.Add((code, clock.Id.ToString())))
            {
                continue;
            }

            db.Add(new Card
            {
                Rule = code,
                Cause = clock.Id.ToString(),
                Level = rule.Level,
                IsAnomaly = rule.IsAnomaly,
                ClockId = clock.Id,
                Module = clock.Module,
                CaseType = clock.CaseType,
                CaseId = clock.CaseId,
                DepartmentId = clock.DepartmentId,
                Item = clock.Item,
                Title = clock.Title,
                CaseUrl = type!.CaseUrl(clock.CaseId),
                Reason = $"{type.Name}已超期（{rule.Name}）",
                DueAt = clock.DueAt,
                RaisedAt = now,
                RaisedOn = ChinaTime.DateOf(now),
                State = CardState.Open,
                Version = 1,
            });
            if (++pending == Batch)
            {
                await SaveAsync(db);
                pending = 0;
            }
        }

        await SaveAsync(db);
    }

    private static async Task SaveAsync(EGovDbContext db)
    {
        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
    }
}
