using EGov.Oversight.Rules;
using EGov.Platform.Clocks;
using EGov.Platform.Data;
using EGov.Platform.Time;
using Microsoft.EntityFrameworkCore;

namespace EGov.Bench.Oversight;

/// <summary>
/// Stand-in for the periodic scan while the scan branch is not merged: the platform's set-based refresh of the
/// warning levels, then per clock type one INSERT … SELECT of a card for every overdue open clock, skipping the
/// causes that have one. It does not fill the inbox.
/// </summary>
internal static class LocalScan
{
    public static async Task RunAsync(IServiceProvider services, DateTime now)
    {
        var db = services.GetRequiredService<EGovDbContext>();
        await services.GetRequiredService<ClockService>().RefreshWarningLevelsAsync(now);
        var rules = await services.GetRequiredService<RuleBook>().LoadAsync();
        foreach (var type in services.GetRequiredService<ClockTypes>().All)
        {
            if (ClockRuleMap.RuleFor(type) is not { } code || rules[code] is not { Enabled: true } rule)
            {
                continue;
            }

            await db.Database.ExecuteSqlRawAsync(
                """
                INSERT INTO ovs_cards ("Rule", "Cause", "Level", "IsAnomaly", "ClockId", "Module", "CaseType", "CaseId", "DepartmentId", "Item",
                    "Title", "CaseUrl", "Reason", "Evidence", "DueAt", "RaisedAt", "RaisedOn", "State", "InInbox", "Version")
                SELECT {0}, lower(CAST(c."Id" AS TEXT)), {1}, {2}, c."Id", c."Module", c."CaseType", c."CaseId", c."DepartmentId", c."Item",
                    c."Title", replace({3}, {4}, c."CaseId"), {5}, {6}, c."DueAt", {7}, {8}, 'Open', {9}, 1
                FROM plat_clocks c
                WHERE c."State" IN ('Running', 'Paused') AND c."WarningLevel" = 'Overdue' AND c."Module" = {10} AND c."CaseType" = {11}
                ON CONFLICT DO NOTHING
                """,
                rule.Code, rule.Level.ToString(), rule.IsAnomaly, type.CaseUrlTemplate, "{caseId}", $"{type.Name}已超期（{rule.Name}）", "{}",
                now, ChinaTime.DateOf(now), false, type.Module, type.CaseType);
        }
    }
}
