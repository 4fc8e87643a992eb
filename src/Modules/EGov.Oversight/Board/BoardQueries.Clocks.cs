using EGov.Oversight.Domain;
using EGov.Oversight.Rules;
using EGov.Platform.Clocks;
using EGov.Platform.Organization.Scope;
using EGov.Platform.Time;
using Microsoft.EntityFrameworkCore;

namespace EGov.Oversight.Board;

internal sealed partial class BoardQueries
{
    public const int PageSize = 20;

    /// <summary>The most rows the Excel export holds; the page says so.</summary>
    public const int ExportLimit = 50_000;

    /// <summary>The clocks of the filter (level included), the most urgent first.</summary>
    public async Task<BoardPage> ClocksAsync(BoardFilter filter, DepartmentSet scope, int page, int pageSize = PageSize, CancellationToken cancellationToken = default)
    {
        var rules = await ruleBook.LoadAsync(cancellationToken);
        await names.TreeAsync(cancellationToken);
        var query = Open(filter, scope);
        if (filter.Level is { } level)
        {
            query = query.WhereLevel(level, BoardLevels.RedTypeKeys(types, rules), db.Set<Card>());
        }

        var total = await query.CountAsync(cancellationToken);
        var list = await query.OrderBy(c => c.DueAt).ThenBy(c => c.Id).Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        var carded = await RedCardedAsync(list.Select(c => c.Id), cancellationToken);
        var today = ChinaTime.Today(time);
        return new BoardPage([.. list.Select(c => Row(c, carded.Contains(c.Id), rules, today))], total, page, pageSize);
    }

    /// <summary>One clock in scope, stopped ones included (a card may point to one), with its history and cards.</summary>
    public async Task<BoardClockDetail?> ClockAsync(Guid id, DepartmentSet scope, CancellationToken cancellationToken = default)
    {
        var clock = await db.Set<StatutoryClock>().AsNoTracking().WhereInScope(scope, c => c.DepartmentId).SingleOrDefaultAsync(c => c.Id == id, cancellationToken);
        if (clock is null)
        {
            return null;
        }

        var rules = await ruleBook.LoadAsync(cancellationToken);
        await names.TreeAsync(cancellationToken);
        var cards = await db.Set<Card>().AsNoTracking().Where(k => k.ClockId == id).OrderBy(k => k.RaisedAt).ThenBy(k => k.Id).ToListAsync(cancellationToken);
        var row = Row(clock, cards.Any(k => k.Level == CardLevel.Red && k.IsOpen), rules, ChinaTime.Today(time));
        return new BoardClockDetail(clock, types.Find(clock.Module, clock.CaseType), row, await clocks.HistoryAsync(id, cancellationToken), cards);
    }

    private async Task<HashSet<Guid>> RedCardedAsync(IEnumerable<Guid> ids, CancellationToken cancellationToken)
    {
        var keys = ids.Select(id => (Guid?)id).ToList();
        var carded = await BoardLevels.OpenRedCards(db.Set<Card>()).Where(k => keys.Contains(k.ClockId)).Select(k => k.ClockId!.Value).Distinct().ToListAsync(cancellationToken);
        return [.. carded];
    }

    private BoardClockRow Row(StatutoryClock c, bool hasOpenRedCard, IReadOnlyDictionary<string, OversightRule> rules, DateOnly today)
    {
        var type = types.Find(c.Module, c.CaseType);
        return new BoardClockRow(
            c.Id, c.Module, type?.ModuleName ?? c.Module, type?.Name ?? c.CaseType, c.Title, c.CaseId, type?.CaseUrl(c.CaseId),
            c.DepartmentId, names.Name(c.DepartmentId), c.Item, c.DueDate, clocks.RemainingWorkingDays(c, today), c.State,
            BoardLevels.Of(type, c.WarningLevel, hasOpenRedCard, rules));
    }
}
