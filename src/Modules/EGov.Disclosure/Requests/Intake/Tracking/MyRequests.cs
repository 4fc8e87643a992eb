using System.Text.Json.Serialization;
using EGov.Disclosure.Agencies;
using EGov.Disclosure.Domain;
using EGov.Disclosure.Domain.Requests;
using EGov.Platform.Clocks;
using EGov.Platform.Data;
using Microsoft.EntityFrameworkCore;

namespace EGov.Disclosure.Requests.Intake.Tracking;

internal sealed record MyRequestLine(
    Guid Id,
    string Number,
    string AgencyName,
    DateTime SubmittedAt,
    [property: JsonConverter(typeof(JsonStringEnumConverter<RequestState>))] RequestState State,
    string StateName,
    DateOnly? DueDate);

/// <summary>个人空间: the requests a citizen or enterprise submitted signed in, newest first.</summary>
internal sealed class MyRequests(EGovDbContext db, AgencyDirectory agencies)
{
    public async Task<IReadOnlyList<MyRequestLine>> ListAsync(Guid accountId, CancellationToken cancellationToken)
    {
        var rows = await (
            from r in db.Set<DisclosureRequest>().AsNoTracking().Where(r => r.AccountId == accountId)
            join c in db.Set<StatutoryClock>().AsNoTracking() on r.ClockId equals (Guid?)c.Id into clocks
            from c in clocks.DefaultIfEmpty()
            orderby r.SubmittedAt descending
            select new { r.Id, r.Number, r.AgencyId, r.SubmittedAt, r.State, DueDate = c == null ? (DateOnly?)null : c.DueDate })
            .ToListAsync(cancellationToken);
        var names = (await agencies.ListAsync(cancellationToken)).ToDictionary(a => a.DepartmentId, a => a.Name);
        return [.. rows.Select(r => new MyRequestLine(r.Id, r.Number, names.GetValueOrDefault(r.AgencyId, ""), r.SubmittedAt, r.State, DisclosureNames.Of(r.State), r.DueDate))];
    }
}
