using System.Globalization;
using EGov.Oversight.Contracts;
using EGov.Oversight.Domain;
using EGov.Oversight.Rules;
using EGov.Platform.Clocks;
using EGov.Platform.Data;
using EGov.Platform.Inbox;
using EGov.Platform.Time;
using Microsoft.EntityFrameworkCore;

namespace EGov.Bench.Oversight;

/// <summary>
/// Baseline of the scan: the overdue open clocks and the existing card causes loaded into memory, and one
/// <see cref="Card"/> entity added through EF Core per clock that has none, saved every 1,000 cards; then one inbox
/// item per saved card through <see cref="IWorkItems.Add"/>, as the scan delivered them before it went set-based.
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
        var workItems = services.GetRequiredService<IWorkItems>();
        var pending = new List<Card>();
        foreach (var clock in overdue)
        {
            var type = types.Find(clock.Module, clock.CaseType);
            if (ClockRuleMap.RuleFor(type) is not { } code || rules[code] is not { Enabled: true } rule || !existing.Add((code, clock.Id.ToString())))
            {
                continue;
            }

            var card = new Card
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
            };
            db.Add(card);
            pending.Add(card);
            if (pending.Count == Batch)
            {
                await SaveAsync(db, workItems, pending);
            }
        }

        await SaveAsync(db, workItems, pending);
    }

    private static async Task SaveAsync(EGovDbContext db, IWorkItems workItems, List<Card> cards)
    {
        await db.SaveChangesAsync();
        foreach (var card in cards)
        {
            var id = card.Id.ToString(CultureInfo.InvariantCulture);
            var assignee = WorkItemAssignee.DepartmentRole(card.DepartmentId ?? Guid.Empty, OversightPermissions.Answer);
            workItems.Add(new NewWorkItem("oversight", "card.answer", $"{(card.Level == CardLevel.Yellow ? "黄牌" : "红牌")}：{card.Title}", $"/office/oversight/cards/{id}", id, assignee));
        }

        await db.SaveChangesAsync();
        db.ChangeTracker.Clear();
        cards.Clear();
    }
}
