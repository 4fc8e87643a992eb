using EGov.Oversight.Contracts;
using EGov.Oversight.Domain;
using EGov.Platform.Clocks;
using EGov.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace EGov.Oversight.Rules;

/// <summary>Every rule (built-in and from the anomaly sources) with the security administrator's settings applied.</summary>
/// <param name="clocks">The platform's warning thresholds; the warning rule's defaults are the configured ones (<c>Clocks</c>).</param>
internal sealed class RuleBook(EGovDbContext db, IEnumerable<IAnomalySource> sources, ClockThresholds? clocks = null)
{
    public IReadOnlyList<OversightRule> Defaults { get; } =
    [
        .. OversightRules.BuiltIn.Select(r => r.Code == OversightRules.Warning && clocks?.Defaults is { } d ? r with { Days = d.WorkingDays, Percent = d.Percent } : r),
        .. sources.SelectMany(s => s.Rules).Select(OversightRules.From),
    ];

    public async Task<IReadOnlyDictionary<string, OversightRule>> LoadAsync(CancellationToken cancellationToken = default)
    {
        var settings = await db.Set<RuleSetting>().AsNoTracking().ToDictionaryAsync(s => s.Code, cancellationToken);
        return Defaults.ToDictionary(
            r => r.Code,
            r => settings.TryGetValue(r.Code, out var s)
                ? r with { Enabled = s.Enabled, Level = s.Level, Days = s.Days ?? r.Days, Percent = s.Percent ?? r.Percent }
                : r);
    }
}
