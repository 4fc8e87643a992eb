using System.Security.Claims;
using EGov.Oversight.Contracts;
using EGov.Oversight.Domain;
using EGov.Platform.Identity;
using EGov.Platform.Time;
using Microsoft.EntityFrameworkCore;

namespace EGov.Oversight.Cards.Reading;

/// <summary>黄牌红牌 in the reader's scope: the filtered list, newest first, and one card with its urges and what the reader may do.</summary>
internal sealed class CardQueries(CardScope scope, CardNaming naming, TimeProvider time)
{
    public const int PageSize = 20;
    public const int ExportLimit = 5000;

    public async Task<CardPage> ListAsync(CardFilter filter, CancellationToken cancellationToken, int pageSize = PageSize)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var cards = Filtered((await scope.ReadableAsync(cancellationToken)).AsNoTracking(), filter);
        var total = await cards.CountAsync(cancellationToken);
        var page = Math.Max(1, filter.Page);
        var found = await cards.OrderByDescending(c => c.RaisedAt).ThenByDescending(c => c.Id)
            .Skip((page - 1) * pageSize).Take(pageSize).ToListAsync(cancellationToken);
        var now = time.GetUtcNow().UtcDateTime;
        var rows = new List<CardRow>(found.Count);
        foreach (var c in found)
        {
            rows.Add(new CardRow(
                c.Id, c.Level, c.IsAnomaly, c.Rule, naming.RuleName(c.Rule), c.Title, c.Item, c.Module, naming.ModuleName(c.Module),
                c.DepartmentId, await naming.DepartmentNameAsync(c.DepartmentId, cancellationToken), c.State, c.RaisedAt, c.DueAt,
                CardNaming.MinutesLeft(c, now), c.CaseUrl));
        }

        return new CardPage(rows, total, page, pageSize);
    }

    public async Task<CardDetail?> DetailAsync(long id, ClaimsPrincipal user, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(user);
        var readable = await scope.ReadableAsync(cancellationToken);
        if (await readable.AsNoTracking().FirstOrDefaultAsync(c => c.Id == id, cancellationToken) is not { } card)
        {
            return null;
        }

        var urges = await scope.Db.Set<CardUrge>().AsNoTracking().Where(u => u.CardId == id).OrderBy(u => u.At).ToListAsync(cancellationToken);
        var answer = card.State == CardState.Open && user.HasPermission(OversightPermissions.Answer)
            && await scope.CoversAsync(OversightPermissions.Answer, card, cancellationToken);
        var supervise = card.IsOpen && user.HasPermission(OversightPermissions.Supervise)
            && await scope.CoversAsync(OversightPermissions.Supervise, card, cancellationToken);
        return new CardDetail(
            card,
            naming.RuleName(card.Rule),
            naming.ModuleName(card.Module),
            await naming.DepartmentNameAsync(card.DepartmentId, cancellationToken),
            CardEvidence.Read(card.Evidence),
            urges,
            CardNaming.MinutesLeft(card, time.GetUtcNow().UtcDateTime),
            ChinaTime.Today(time),
            CanAnswer: answer,
            CanUrge: supervise && card.State == CardState.Open,
            CanDecide: supervise && card.Level == CardLevel.Red);
    }

    private static IQueryable<Card> Filtered(IQueryable<Card> cards, CardFilter f)
    {
        if (f.Level is { } level)
        {
            cards = cards.Where(c => c.Level == level);
        }

        if (f.State is { } state)
        {
            cards = cards.Where(c => c.State == state);
        }

        if (f.Rule is { } rule)
        {
            cards = cards.Where(c => c.Rule == rule);
        }

        if (f.Module is { } module)
        {
            cards = cards.Where(c => c.Module == module);
        }

        if (f.DepartmentId is { } department)
        {
            cards = cards.Where(c => c.DepartmentId == department);
        }

        if (f.Anomaly is { } anomaly)
        {
            cards = cards.Where(c => c.IsAnomaly == anomaly);
        }

        if (f.From is { } from)
        {
            cards = cards.Where(c => c.RaisedOn >= from);
        }

        if (f.To is { } to)
        {
            cards = cards.Where(c => c.RaisedOn <= to);
        }

        return cards;
    }
}
