using EGov.Oversight.Domain;
using EGov.Oversight.Rules;
using EGov.Platform.Clocks;
using EGov.Platform.Organization;

namespace EGov.Oversight.Cards.Reading;

/// <summary>Names for a card's codes: the rule (from the rule book's defaults), the module and the department.</summary>
internal sealed class CardNaming(RuleBook rules, ClockTypes clockTypes, IOrganizationDirectory organization)
{
    private Dictionary<Guid, string>? _departments;

    public IReadOnlyList<OversightRule> Rules => rules.Defaults;

    public IReadOnlyList<(string Code, string Name)> Modules
        => [.. clockTypes.All.GroupBy(t => t.Module).Select(g => (g.Key, g.First().ModuleName)).OrderBy(m => m.Key, StringComparer.Ordinal)];

    public string RuleName(string code) => rules.Defaults.FirstOrDefault(r => r.Code == code)?.Name ?? code;

    public string ModuleName(string code) => clockTypes.All.FirstOrDefault(t => t.Module == code)?.ModuleName ?? code;

    public async Task<string> DepartmentNameAsync(Guid? id, CancellationToken cancellationToken)
    {
        _departments ??= (await organization.TreeAsync(cancellationToken)).ToDictionary(d => d.Id, d => d.Name);
        return id is { } d ? _departments.GetValueOrDefault(d, "") : "（未指定部门）";
    }

    public static long? MinutesLeft(Card card, DateTime now)
        => card is { IsOpen: true, DueAt: { } due } ? (long)Math.Floor((due - now).TotalMinutes) : null;
}
