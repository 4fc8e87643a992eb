using EGov.Interaction.Domain.Letters;
using EGov.Interaction.Open311.Format;
using EGov.Interaction.Open311.Services;
using EGov.Platform.Clocks;
using EGov.Platform.Data;
using EGov.Platform.Organization;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;

namespace EGov.Interaction.Open311.Requests;

/// <summary>
/// GET requests, GET requests/{id} and GET tokens/{token}. The jurisdiction's requests are the letters registered under
/// a public number that either came through Open311 or were published with the writer's consent; a letter written on
/// the web and not published stays private.
/// </summary>
internal sealed class RequestQueries(EGovDbContext db, IOrganizationDirectory organization, IOptions<InteractionOptions> options)
{
    public async Task<Open311Answer> ListAsync(RequestFilter filter, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(filter);
        var letters = Visible();
        if (filter.Numbers is { } numbers)
        {
            letters = letters.Where(l => numbers.Contains(l.Number));
        }
        else
        {
            letters = letters.Where(l => l.SubmittedAt >= filter.From && l.SubmittedAt <= filter.To);
            if (filter.Kinds is { } kinds)
            {
                letters = letters.Where(l => kinds.Contains(l.Kind));
            }

            if (filter.Statuses is { } statuses)
            {
                var states = statuses.SelectMany(RequestStatus.StatesOf).ToList();
                letters = letters.Where(l => states.Contains(l.State));
            }
        }

        var found = await letters.OrderByDescending(l => l.SubmittedAt).Take(RequestFilter.MaxResults).ToListAsync(cancellationToken);
        return Open311Document.ListOf("service_requests", "request", await RecordsAsync(found, cancellationToken));
    }

    public async Task<Open311Answer> FindAsync(string number, CancellationToken cancellationToken)
    {
        var letter = await Visible().SingleOrDefaultAsync(l => l.Number == number, cancellationToken);
        return letter is null
            ? Open311Error.NotFound($"未找到 service_request_id“{number}”。")
            : Open311Document.ListOf("service_requests", "request", await RecordsAsync([letter], cancellationToken));
    }

    /// <summary>While the request is held for review the token is known but has no number yet (empty service_request_id).</summary>
    public async Task<Open311Answer> TokenAsync(string token, CancellationToken cancellationToken)
    {
        var letter = await db.Set<Letter>().AsNoTracking()
            .Where(l => l.Open311Token == token && l.Channel == LetterChannel.Open311)
            .Select(l => new { l.Number, l.State, l.RegisteredOn })
            .SingleOrDefaultAsync(cancellationToken);
        if (letter is null || (letter.RegisteredOn is null && letter.State != LetterState.Held))
        {
            return Open311Error.NotFound($"未找到 token“{token}”，或该请求经审核未予登记。");
        }

        var number = letter.State == LetterState.Held ? null : letter.Number;
        return Open311Document.ListOf("service_requests", "request", [new Open311Record().Add("service_request_id", number).Add("token", token)]);
    }

    private IQueryable<Letter> Visible() => db.Set<Letter>().AsNoTracking()
        .Where(l => l.State != LetterState.Held && l.RegisteredOn != null && (l.Channel == LetterChannel.Open311 || l.IsPublished));

    private async Task<List<Open311Record>> RecordsAsync(List<Letter> letters, CancellationToken cancellationToken)
    {
        var clockIds = letters.Where(l => l.ReplyClockId != null).Select(l => l.ReplyClockId!.Value).ToList();
        var dueAt = await db.Set<StatutoryClock>().AsNoTracking().Where(c => clockIds.Contains(c.Id))
            .Select(c => new { c.Id, c.DueAt }).ToDictionaryAsync(c => c.Id, c => c.DueAt, cancellationToken);
        var departments = (await organization.TreeAsync(cancellationToken)).ToDictionary(d => d.Id, d => d.Name);
        return letters.Select(l => RequestRecord.From(
            l,
            l.ReplyClockId is { } clock && dueAt.TryGetValue(clock, out var due) ? due : null,
            l.HandlingDepartmentId is { } department && departments.TryGetValue(department, out var name) ? name : null,
            ServiceNotice(l.Kind))).ToList();
    }

    public string ServiceNotice(LetterKind kind)
        => $"{Open311Services.Of(kind).Name}类诉求自登记之日起 {options.Value.ReplyDays(kind)} 个工作日内答复（法定节假日顺延）。";
}
